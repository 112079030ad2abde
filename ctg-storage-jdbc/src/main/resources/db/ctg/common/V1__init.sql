-- ctg-storage-jdbc schema, version 1, for every dialect: each revision is kept whole as its interchange
-- document (format ctg-convention); beside it, the few columns and rows the searches need, all derived from
-- the model by one function (ConventionRow.of). ${id_type} and ${document_type} are the dialect's types.

-- One row per convention: its current revision and that revision's search columns. Optimistic locking
-- updates version WHERE version = the one read.
CREATE TABLE ${schema}.${prefix}convention (
    id ${id_type} NOT NULL,
    version BIGINT NOT NULL,
    caf_departement VARCHAR(3) NOT NULL,
    epci_siren VARCHAR(9),
    stage VARCHAR(30) NOT NULL,
    is_signed BOOLEAN NOT NULL,
    valid_to DATE NOT NULL,
    effective_from DATE,
    effective_to DATE,
    CONSTRAINT ${prefix}convention_pk PRIMARY KEY (id)
);
CREATE INDEX ${prefix}convention_departement ON ${schema}.${prefix}convention (caf_departement);
CREATE INDEX ${prefix}convention_epci ON ${schema}.${prefix}convention (epci_siren);
CREATE INDEX ${prefix}convention_stage ON ${schema}.${prefix}convention (stage);
CREATE INDEX ${prefix}convention_valid_to ON ${schema}.${prefix}convention (valid_to);
CREATE INDEX ${prefix}convention_effective ON ${schema}.${prefix}convention (effective_to, effective_from);

-- Every revision, never updated: the document holds the convention and its revision metadata.
CREATE TABLE ${schema}.${prefix}convention_revision (
    convention_id ${id_type} NOT NULL,
    version BIGINT NOT NULL,
    document ${document_type} NOT NULL,
    CONSTRAINT ${prefix}convention_revision_pk PRIMARY KEY (convention_id, version),
    CONSTRAINT ${prefix}convention_revision_fk FOREIGN KEY (convention_id)
        REFERENCES ${schema}.${prefix}convention (id) ON DELETE CASCADE
);

-- The communes the current revision's territory covers.
CREATE TABLE ${schema}.${prefix}convention_commune (
    convention_id ${id_type} NOT NULL,
    commune_code VARCHAR(5) NOT NULL,
    CONSTRAINT ${prefix}convention_commune_pk PRIMARY KEY (convention_id, commune_code),
    CONSTRAINT ${prefix}convention_commune_fk FOREIGN KEY (convention_id)
        REFERENCES ${schema}.${prefix}convention (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}convention_commune_code ON ${schema}.${prefix}convention_commune (commune_code, convention_id);

-- The fields of action of the current revision, by kind.
CREATE TABLE ${schema}.${prefix}convention_field (
    convention_id ${id_type} NOT NULL,
    kind VARCHAR(30) NOT NULL,
    CONSTRAINT ${prefix}convention_field_pk PRIMARY KEY (convention_id, kind),
    CONSTRAINT ${prefix}convention_field_fk FOREIGN KEY (convention_id)
        REFERENCES ${schema}.${prefix}convention (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}convention_field_kind ON ${schema}.${prefix}convention_field (kind, convention_id);
