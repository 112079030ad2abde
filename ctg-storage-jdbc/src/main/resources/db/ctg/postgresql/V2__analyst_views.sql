-- ctg-storage-jdbc schema, version 2, PostgreSQL only: the tables an analyst expects, as views over the
-- current revisions' documents (jsonb). Positions are 0-based, in the model's order. Amounts and figures
-- are NUMERIC, dates DATE. Read-only: ctg writes the documents, never these.

CREATE VIEW ${schema}.${prefix}conventions AS
SELECT c.id, c.version, r.document->>'title' AS title, c.stage, c.is_signed,
       r.document->'caf'->>'name' AS caf_name, c.caf_departement, c.epci_siren,
       CAST(r.document->'validity'->>'from' AS DATE) AS valid_from, c.valid_to,
       CAST(r.document->>'signatureDate' AS DATE) AS signature_date,
       CAST(r.document->'termination'->>'date' AS DATE) AS terminated_on,
       r.document->'termination'->>'reason' AS termination_reason,
       r.document->>'predecessorId' AS predecessor_id,
       c.effective_from, c.effective_to,
       CAST(r.document->'revision'->>'at' AS TIMESTAMP WITH TIME ZONE) AS revised_at,
       r.document->'revision'->>'actor' AS revised_by
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version;

CREATE VIEW ${schema}.${prefix}communes AS
SELECT c.id AS convention_id, CAST(code.position - 1 AS INTEGER) AS position, code.value AS commune_code
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements_text(r.document->'territory'->'communeCodes')
    WITH ORDINALITY AS code(value, position);

CREATE VIEW ${schema}.${prefix}signatories AS
SELECT c.id AS convention_id, CAST(s.position - 1 AS INTEGER) AS position, s.value->>'kind' AS kind,
       s.value->>'name' AS name, s.value->>'identifier' AS identifier,
       s.value->'representative'->>'name' AS representative_name,
       s.value->'representative'->>'title' AS representative_title,
       s.value->'mandate'->>'reference' AS mandate_reference,
       CAST(s.value->'mandate'->>'date' AS DATE) AS mandate_date,
       CAST(s.value->>'signedOn' AS DATE) AS signed_on
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'signatories') WITH ORDINALITY AS s(value, position);

CREATE VIEW ${schema}.${prefix}actions AS
SELECT c.id AS convention_id, CAST(a.position - 1 AS INTEGER) AS position, a.value->>'number' AS number,
       a.value->>'title' AS title, a.value->>'status' AS status, a.value->>'priority' AS priority,
       a.value->>'pilot' AS pilot, a.value->>'targetPublic' AS target_public,
       CAST(a.value->'schedule'->>'from' AS DATE) AS schedule_from,
       CAST(a.value->'schedule'->>'to' AS DATE) AS schedule_to
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'actions') WITH ORDINALITY AS a(value, position);

CREATE VIEW ${schema}.${prefix}budget_lines AS
SELECT c.id AS convention_id, a.value->>'number' AS action_number, CAST(b.position - 1 AS INTEGER) AS position,
       CAST(b.value->>'year' AS INTEGER) AS year, b.value->>'funder' AS funder,
       b.value->>'instrument' AS instrument, b.value->>'nature' AS nature,
       CAST(b.value->>'amount' AS NUMERIC(15, 2)) AS amount
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'actions') AS a(value)
CROSS JOIN LATERAL jsonb_array_elements(a.value->'budget') WITH ORDINALITY AS b(value, position);

CREATE VIEW ${schema}.${prefix}indicators AS
SELECT c.id AS convention_id, a.value->>'number' AS action_number, CAST(i.position - 1 AS INTEGER) AS position,
       i.value->>'label' AS label, i.value->>'unit' AS unit,
       CAST(i.value->>'baseline' AS NUMERIC) AS baseline, CAST(i.value->>'target' AS NUMERIC) AS target
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'actions') AS a(value)
CROSS JOIN LATERAL jsonb_array_elements(a.value->'indicators') WITH ORDINALITY AS i(value, position);

CREATE VIEW ${schema}.${prefix}measurements AS
SELECT c.id AS convention_id, a.value->>'number' AS action_number, i.value->>'label' AS indicator_label,
       CAST(m.position - 1 AS INTEGER) AS position, CAST(m.value->>'date' AS DATE) AS measured_on,
       CAST(m.value->>'value' AS NUMERIC) AS value
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'actions') AS a(value)
CROSS JOIN LATERAL jsonb_array_elements(a.value->'indicators') AS i(value)
CROSS JOIN LATERAL jsonb_array_elements(i.value->'measurements') WITH ORDINALITY AS m(value, position);

CREATE VIEW ${schema}.${prefix}committees AS
SELECT c.id AS convention_id, CAST(m.position - 1 AS INTEGER) AS position,
       CAST(m.value->>'date' AS DATE) AS meeting_date, m.value->>'kind' AS kind,
       CAST(jsonb_array_length(m.value->'decisions') AS INTEGER) AS decisions
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'governance'->'meetings') WITH ORDINALITY AS m(value, position);

CREATE VIEW ${schema}.${prefix}amendments AS
SELECT c.id AS convention_id, CAST(am.position - 1 AS INTEGER) AS position,
       CAST(am.value->>'number' AS INTEGER) AS number, CAST(am.value->>'date' AS DATE) AS amendment_date,
       am.value->>'object' AS object, CAST(am.value->>'newValidityEnd' AS DATE) AS new_validity_end,
       CAST(am.value->>'effectiveOn' AS DATE) AS effective_on,
       CAST(jsonb_array_length(am.value->'addedActions') AS INTEGER) AS added_actions
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'amendments') WITH ORDINALITY AS am(value, position);
