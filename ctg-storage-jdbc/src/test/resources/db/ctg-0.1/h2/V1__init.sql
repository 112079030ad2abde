-- ctg-storage-jdbc schema version 1 for H2 (2.x).
-- Decimals without a fixed scale are DECFLOAT: H2's NUMERIC without precision would round them to integers.
-- Placeholders: ${schema} (e.g. public) and ${prefix} (e.g. empty, or t_) are replaced before running;
-- a Flyway user sets them as Flyway placeholders of the same names.
--
-- Every revision of a convention is kept whole: each table below convention is keyed by
-- (convention_id, version); convention.version points at the current revision. Rows of a revision are
-- written once and never updated. The view current_convention shows the current revision of each one.
-- Each figure (not money) has a *_scale column beside it: the scale it was given with, so that 29 and 29.0
-- read back as given.

CREATE TABLE ${schema}.${prefix}convention (
    id                  VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT ${prefix}convention_pk PRIMARY KEY (id)
);

CREATE TABLE ${schema}.${prefix}convention_revision (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    revised_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revised_at_nanos    INTEGER NOT NULL,
    revised_by          VARCHAR(300) NOT NULL,
    summary             VARCHAR(20000) NOT NULL,
    title               VARCHAR(300) NOT NULL,
    caf_name            VARCHAR(300) NOT NULL,
    caf_departement     VARCHAR(3) NOT NULL,
    epci_siren          VARCHAR(9),
    valid_from          DATE NOT NULL,
    valid_to            DATE NOT NULL,
    stage               VARCHAR(30) NOT NULL,
    is_signed           BOOLEAN NOT NULL,
    effective_from      DATE,
    effective_to        DATE,
    signature_date      DATE,
    termination_date    DATE,
    termination_reason  VARCHAR(20000),
    predecessor_id      VARCHAR(64),
    coordinator_name    VARCHAR(300),
    coordinator_title   VARCHAR(300),
    evaluated           BOOLEAN NOT NULL,
    overall_assessment  VARCHAR(20000),
    CONSTRAINT ${prefix}convention_revision_pk PRIMARY KEY (convention_id, version),
    CONSTRAINT ${prefix}convention_revision_convention_fk FOREIGN KEY (convention_id)
        REFERENCES ${schema}.${prefix}convention (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}convention_revision_caf_ix ON ${schema}.${prefix}convention_revision (caf_departement);
CREATE INDEX ${prefix}convention_revision_epci_ix ON ${schema}.${prefix}convention_revision (epci_siren);
CREATE INDEX ${prefix}convention_revision_stage_ix ON ${schema}.${prefix}convention_revision (stage);
CREATE INDEX ${prefix}convention_revision_valid_to_ix ON ${schema}.${prefix}convention_revision (valid_to);
CREATE INDEX ${prefix}convention_revision_in_force_ix
    ON ${schema}.${prefix}convention_revision (effective_to, effective_from);

CREATE TABLE ${schema}.${prefix}territory_commune (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    commune_code        VARCHAR(5) NOT NULL,
    CONSTRAINT ${prefix}territory_commune_pk PRIMARY KEY (convention_id, version, commune_code),
    CONSTRAINT ${prefix}territory_commune_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);
CREATE INDEX ${prefix}territory_commune_code_ix
    ON ${schema}.${prefix}territory_commune (commune_code, convention_id, version);

CREATE TABLE ${schema}.${prefix}convention_field (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    kind                VARCHAR(30) NOT NULL,
    label               VARCHAR(300),
    CONSTRAINT ${prefix}convention_field_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}convention_field_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);
CREATE INDEX ${prefix}convention_field_kind_ix ON ${schema}.${prefix}convention_field (kind, convention_id, version);

CREATE TABLE ${schema}.${prefix}diagnostic_indicator (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    label               VARCHAR(300) NOT NULL,
    indicator_value     DECFLOAT NOT NULL,
    indicator_value_scale SMALLINT NOT NULL,
    unit                VARCHAR(40) NOT NULL,
    reference_year      INTEGER NOT NULL,
    source              VARCHAR(300) NOT NULL,
    territory           VARCHAR(300),
    CONSTRAINT ${prefix}diagnostic_indicator_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}diagnostic_indicator_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}diagnostic_need (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    field_kind          VARCHAR(30) NOT NULL,
    field_label         VARCHAR(300),
    description         VARCHAR(20000) NOT NULL,
    CONSTRAINT ${prefix}diagnostic_need_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}diagnostic_need_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}committee_meeting (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    meeting_date        DATE NOT NULL,
    kind                VARCHAR(30) NOT NULL,
    CONSTRAINT ${prefix}committee_meeting_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}committee_meeting_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}committee_decision (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    meeting_position    INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    decision            VARCHAR(20000) NOT NULL,
    CONSTRAINT ${prefix}committee_decision_pk PRIMARY KEY (convention_id, version, meeting_position, position),
    CONSTRAINT ${prefix}committee_decision_meeting_fk FOREIGN KEY (convention_id, version, meeting_position)
        REFERENCES ${schema}.${prefix}committee_meeting (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}amendment (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    amendment_number    INTEGER NOT NULL,
    amendment_date      DATE NOT NULL,
    amendment_object    VARCHAR(20000) NOT NULL,
    new_validity_end    DATE,
    effective_on        DATE,
    CONSTRAINT ${prefix}amendment_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}amendment_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}amendment_signature (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    amendment_position  INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    signatory_name      VARCHAR(300) NOT NULL,
    signed_on           DATE NOT NULL,
    CONSTRAINT ${prefix}amendment_signature_pk PRIMARY KEY (convention_id, version, amendment_position, position),
    CONSTRAINT ${prefix}amendment_signature_amendment_fk FOREIGN KEY (convention_id, version, amendment_position)
        REFERENCES ${schema}.${prefix}amendment (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}amendment_commune (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    amendment_position  INTEGER NOT NULL,
    commune_code        VARCHAR(5) NOT NULL,
    CONSTRAINT ${prefix}amendment_commune_pk PRIMARY KEY (convention_id, version, amendment_position, commune_code),
    CONSTRAINT ${prefix}amendment_commune_amendment_fk FOREIGN KEY (convention_id, version, amendment_position)
        REFERENCES ${schema}.${prefix}amendment (convention_id, version, position) ON DELETE CASCADE
);

-- The signatories of the convention (amendment_position null) and those added by an amendment.
CREATE TABLE ${schema}.${prefix}signatory (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    amendment_position  INTEGER,
    kind                VARCHAR(30) NOT NULL,
    name                VARCHAR(300) NOT NULL,
    identifier          VARCHAR(14),
    representative_name VARCHAR(300) NOT NULL,
    representative_title VARCHAR(300) NOT NULL,
    mandate_reference   VARCHAR(300),
    mandate_date        DATE,
    signed_on           DATE,
    CONSTRAINT ${prefix}signatory_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}signatory_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE,
    CONSTRAINT ${prefix}signatory_amendment_fk FOREIGN KEY (convention_id, version, amendment_position)
        REFERENCES ${schema}.${prefix}amendment (convention_id, version, position) ON DELETE CASCADE
);

-- The action plan (amendment_position null) and the actions added by an amendment.
CREATE TABLE ${schema}.${prefix}action (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    amendment_position  INTEGER,
    action_number       VARCHAR(15) NOT NULL,
    title               VARCHAR(300) NOT NULL,
    target_public       VARCHAR(20000),
    pilot               VARCHAR(300),
    schedule_from       DATE,
    schedule_to         DATE,
    status              VARCHAR(30) NOT NULL,
    priority            VARCHAR(30) NOT NULL,
    CONSTRAINT ${prefix}action_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}action_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE,
    CONSTRAINT ${prefix}action_amendment_fk FOREIGN KEY (convention_id, version, amendment_position)
        REFERENCES ${schema}.${prefix}amendment (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}action_field (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    kind                VARCHAR(30) NOT NULL,
    label               VARCHAR(300),
    CONSTRAINT ${prefix}action_field_pk PRIMARY KEY (convention_id, version, action_position, position),
    CONSTRAINT ${prefix}action_field_action_fk FOREIGN KEY (convention_id, version, action_position)
        REFERENCES ${schema}.${prefix}action (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}action_objective (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    objective           VARCHAR(20000) NOT NULL,
    CONSTRAINT ${prefix}action_objective_pk PRIMARY KEY (convention_id, version, action_position, position),
    CONSTRAINT ${prefix}action_objective_action_fk FOREIGN KEY (convention_id, version, action_position)
        REFERENCES ${schema}.${prefix}action (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}action_partner (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    partner             VARCHAR(300) NOT NULL,
    CONSTRAINT ${prefix}action_partner_pk PRIMARY KEY (convention_id, version, action_position, position),
    CONSTRAINT ${prefix}action_partner_action_fk FOREIGN KEY (convention_id, version, action_position)
        REFERENCES ${schema}.${prefix}action (convention_id, version, position) ON DELETE CASCADE
);

-- Amounts in euros and cents, as the model keeps them (it builds 12 as 12.00).
CREATE TABLE ${schema}.${prefix}budget_line (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    budget_year         INTEGER NOT NULL,
    funder              VARCHAR(300) NOT NULL,
    instrument          VARCHAR(30) NOT NULL,
    nature              VARCHAR(30) NOT NULL,
    amount              NUMERIC(15, 2) NOT NULL,
    CONSTRAINT ${prefix}budget_line_pk PRIMARY KEY (convention_id, version, action_position, position),
    CONSTRAINT ${prefix}budget_line_action_fk FOREIGN KEY (convention_id, version, action_position)
        REFERENCES ${schema}.${prefix}action (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}action_indicator (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    label               VARCHAR(300) NOT NULL,
    unit                VARCHAR(40) NOT NULL,
    baseline            DECFLOAT,
    baseline_scale      SMALLINT,
    target              DECFLOAT,
    target_scale        SMALLINT,
    CONSTRAINT ${prefix}action_indicator_pk PRIMARY KEY (convention_id, version, action_position, position),
    CONSTRAINT ${prefix}action_indicator_action_fk FOREIGN KEY (convention_id, version, action_position)
        REFERENCES ${schema}.${prefix}action (convention_id, version, position) ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}indicator_measurement (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    action_position     INTEGER NOT NULL,
    indicator_position  INTEGER NOT NULL,
    position            INTEGER NOT NULL,
    measured_on         DATE NOT NULL,
    measured_value      DECFLOAT NOT NULL,
    measured_value_scale SMALLINT NOT NULL,
    CONSTRAINT ${prefix}indicator_measurement_pk
        PRIMARY KEY (convention_id, version, action_position, indicator_position, position),
    CONSTRAINT ${prefix}indicator_measurement_indicator_fk
        FOREIGN KEY (convention_id, version, action_position, indicator_position)
        REFERENCES ${schema}.${prefix}action_indicator (convention_id, version, action_position, position)
        ON DELETE CASCADE
);

CREATE TABLE ${schema}.${prefix}evaluation_outcome (
    convention_id       VARCHAR(64) NOT NULL,
    version             BIGINT NOT NULL,
    position            INTEGER NOT NULL,
    action_number       VARCHAR(15) NOT NULL,
    outcome             VARCHAR(30) NOT NULL,
    outcome_comment     VARCHAR(20000),
    CONSTRAINT ${prefix}evaluation_outcome_pk PRIMARY KEY (convention_id, version, position),
    CONSTRAINT ${prefix}evaluation_outcome_revision_fk FOREIGN KEY (convention_id, version)
        REFERENCES ${schema}.${prefix}convention_revision (convention_id, version) ON DELETE CASCADE
);

-- The current revision of each convention, for reading with SQL and BI tools.
CREATE VIEW ${schema}.${prefix}current_convention AS
    SELECT r.*
    FROM ${schema}.${prefix}convention c
    JOIN ${schema}.${prefix}convention_revision r ON r.convention_id = c.id AND r.version = c.version;
