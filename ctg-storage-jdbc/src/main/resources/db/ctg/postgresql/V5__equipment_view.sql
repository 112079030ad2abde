-- ctg-storage-jdbc schema, version 5, PostgreSQL only: the analysts' view of the equipment annex (format
-- ctg-convention/3) of each convention's current revision, withdrawn equipment included with the day they left.
-- Documents of earlier formats have no annex and give no row.

CREATE OR REPLACE VIEW ${schema}.${prefix}equipment AS
SELECT c.id AS convention_id, CAST(e.position - 1 AS INTEGER) AS position, e.value->>'reference' AS reference,
       e.value->>'kind' AS kind, e.value->>'name' AS name, e.value->>'cafEquipmentId' AS caf_equipment_id,
       e.value->>'communeCode' AS commune_code, CAST(e.value->>'places' AS INTEGER) AS places,
       CAST(e.value->>'fullTimeEquivalents' AS NUMERIC(4, 2)) AS full_time_equivalents,
       e.value->>'supportingParty' AS supporting_party, e.value->'manager'->>'name' AS manager_name,
       e.value->'manager'->>'siret' AS manager_siret,
       CAST(e.value->'withdrawal'->>'date' AS DATE) AS withdrawn_on
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(r.document->'equipment', '[]'::jsonb)) WITH ORDINALITY AS e(value, position);
