-- Row-level security by CAF, PostgreSQL only, applied on demand by PostgresRowLevelSecurity.install (not a
-- migration of the schema): a host that gives each CAF its own database role maps the role to the CAF's
-- département in caf_role; such a role then sees and changes only that département's conventions. The
-- tables' owner (who migrates) is not subject to the policies.
CREATE TABLE IF NOT EXISTS ${schema}.${prefix}caf_role (
    role_name VARCHAR(63) NOT NULL,
    caf_departement VARCHAR(3) NOT NULL,
    CONSTRAINT ${prefix}caf_role_pk PRIMARY KEY (role_name)
);

ALTER TABLE ${schema}.${prefix}convention ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.${prefix}convention_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.${prefix}convention_commune ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.${prefix}convention_field ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.${prefix}convention_epci_siren ENABLE ROW LEVEL SECURITY;

-- A convention row: of the role's département, read and written (a change may not move it to another).
DROP POLICY IF EXISTS ${prefix}by_caf ON ${schema}.${prefix}convention;
CREATE POLICY ${prefix}by_caf ON ${schema}.${prefix}convention
    USING (caf_departement IN (SELECT r.caf_departement FROM ${schema}.${prefix}caf_role r
                               WHERE r.role_name = current_user))
    WITH CHECK (caf_departement IN (SELECT r.caf_departement FROM ${schema}.${prefix}caf_role r
                                    WHERE r.role_name = current_user));

-- The rows beside it: those of a convention the role sees (the sub-query is itself filtered by the policy above).
DROP POLICY IF EXISTS ${prefix}by_caf ON ${schema}.${prefix}convention_revision;
CREATE POLICY ${prefix}by_caf ON ${schema}.${prefix}convention_revision
    USING (EXISTS (SELECT 1 FROM ${schema}.${prefix}convention c WHERE c.id = convention_id));
DROP POLICY IF EXISTS ${prefix}by_caf ON ${schema}.${prefix}convention_commune;
CREATE POLICY ${prefix}by_caf ON ${schema}.${prefix}convention_commune
    USING (EXISTS (SELECT 1 FROM ${schema}.${prefix}convention c WHERE c.id = convention_id));
DROP POLICY IF EXISTS ${prefix}by_caf ON ${schema}.${prefix}convention_field;
CREATE POLICY ${prefix}by_caf ON ${schema}.${prefix}convention_field
    USING (EXISTS (SELECT 1 FROM ${schema}.${prefix}convention c WHERE c.id = convention_id));
DROP POLICY IF EXISTS ${prefix}by_caf ON ${schema}.${prefix}convention_epci_siren;
CREATE POLICY ${prefix}by_caf ON ${schema}.${prefix}convention_epci_siren
    USING (EXISTS (SELECT 1 FROM ${schema}.${prefix}convention c WHERE c.id = convention_id));
