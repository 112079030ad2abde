-- ctg-storage-jdbc schema, version 4, PostgreSQL only: the analyst views of version 2 read documents of format
-- ctg-convention/2 as well as those of format 1 still stored (a convention keeps its format until saved again).
-- Same columns, same types: what format 2 keeps as a list gives its first element (a predecessor, a party's
-- first representative), a party's signature day is the latest of its representatives' once all have signed,
-- and an amendment's new end and added actions are read from its changes.

CREATE OR REPLACE VIEW ${schema}.${prefix}conventions AS
SELECT c.id, c.version, r.document->>'title' AS title, c.stage, c.is_signed,
       r.document->'caf'->>'name' AS caf_name, c.caf_departement, c.epci_siren,
       CAST(r.document->'validity'->>'from' AS DATE) AS valid_from, c.valid_to,
       CAST(r.document->>'signatureDate' AS DATE) AS signature_date,
       CAST(r.document->'termination'->>'date' AS DATE) AS terminated_on,
       r.document->'termination'->>'reason' AS termination_reason,
       COALESCE(r.document->'predecessorIds'->>0, r.document->>'predecessorId') AS predecessor_id,
       c.effective_from, c.effective_to,
       CAST(r.document->'revision'->>'at' AS TIMESTAMP WITH TIME ZONE) AS revised_at,
       r.document->'revision'->>'actor' AS revised_by
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version;

CREATE OR REPLACE VIEW ${schema}.${prefix}signatories AS
SELECT c.id AS convention_id, CAST(s.position - 1 AS INTEGER) AS position, s.value->>'kind' AS kind,
       s.value->>'name' AS name, s.value->>'identifier' AS identifier,
       COALESCE(s.value->'representatives'->0->>'name', s.value->'representative'->>'name') AS representative_name,
       COALESCE(s.value->'representatives'->0->>'title', s.value->'representative'->>'title') AS representative_title,
       s.value->'mandate'->>'reference' AS mandate_reference,
       CAST(s.value->'mandate'->>'date' AS DATE) AS mandate_date,
       COALESCE(CAST(s.value->>'signedOn' AS DATE),
                CASE WHEN jsonb_array_length(COALESCE(s.value->'representatives', '[]'::jsonb)) > 0
                          AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.value->'representatives') p
                                          WHERE p->>'signedOn' IS NULL)
                     THEN (SELECT MAX(CAST(p->>'signedOn' AS DATE))
                           FROM jsonb_array_elements(s.value->'representatives') p) END) AS signed_on
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'signatories') WITH ORDINALITY AS s(value, position);

CREATE OR REPLACE VIEW ${schema}.${prefix}amendments AS
SELECT c.id AS convention_id, CAST(am.position - 1 AS INTEGER) AS position,
       CAST(am.value->>'number' AS INTEGER) AS number, CAST(am.value->>'date' AS DATE) AS amendment_date,
       am.value->>'object' AS object,
       COALESCE(CAST(am.value->>'newValidityEnd' AS DATE),
                (SELECT MAX(CAST(ch->>'newEnd' AS DATE)) FROM jsonb_array_elements(am.value->'changes') ch
                 WHERE ch->>'kind' = 'EXTEND_VALIDITY')) AS new_validity_end,
       CAST(am.value->>'effectiveOn' AS DATE) AS effective_on,
       CAST(COALESCE(jsonb_array_length(am.value->'addedActions'),
                     (SELECT COUNT(*) FROM jsonb_array_elements(am.value->'changes') ch
                      WHERE ch->>'kind' = 'ADD_ACTION')) AS INTEGER) AS added_actions
FROM ${schema}.${prefix}convention c
JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version
CROSS JOIN LATERAL jsonb_array_elements(r.document->'amendments') WITH ORDINALITY AS am(value, position);
