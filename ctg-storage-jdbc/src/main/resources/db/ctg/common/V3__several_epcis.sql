-- ctg-storage-jdbc schema, version 3, for every dialect: a territory names several EPCIs (format
-- ctg-convention/2), so the EPCIs of the current revision are rows beside it, as its communes are; a search by
-- EPCI matches a convention when any of them is the one asked (ConventionQuery.matches). convention.epci_siren
-- stays, holding the first of them (the analyst views show it); searches no longer read it. (The table is not
-- named convention_epci: PostgreSQL keeps tables and indexes in one namespace, and V1 named an index so.)
CREATE TABLE ${schema}.${prefix}convention_epci_siren (
    convention_id ${id_type} NOT NULL,
    epci_siren VARCHAR(9) NOT NULL,
    CONSTRAINT ${prefix}convention_epci_siren_pk PRIMARY KEY (convention_id, epci_siren),
    CONSTRAINT ${prefix}convention_epci_siren_fk FOREIGN KEY (convention_id)
        REFERENCES ${schema}.${prefix}convention (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}convention_epci_siren_ix ON ${schema}.${prefix}convention_epci_siren (epci_siren, convention_id);

-- The conventions stored before held one EPCI at most, in their row.
INSERT INTO ${schema}.${prefix}convention_epci_siren (convention_id, epci_siren)
SELECT id, epci_siren FROM ${schema}.${prefix}convention WHERE epci_siren IS NOT NULL;
