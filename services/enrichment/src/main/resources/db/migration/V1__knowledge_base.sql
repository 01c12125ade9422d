-- The knowledge base the tagger is built from. Imported from the versioned data files in kb/ and, later,
-- edited through an admin API; every change bumps kb_meta.kb_version.

CREATE TABLE kb_meta (
    id           SMALLINT    PRIMARY KEY CHECK (id = 1),
    kb_version   BIGINT      NOT NULL,
    data_version BIGINT      NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
INSERT INTO kb_meta (id, kb_version, data_version, updated_at) VALUES (1, 0, 0, now());

CREATE TABLE countries (
    code    CHAR(2) PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_ky TEXT NOT NULL
);

-- kind: official | short | historical | abbreviation | adjective | demonym | capital | city | institution
-- languages: comma-separated languages the alias is limited to, NULL for any
CREATE TABLE country_names (
    country_code CHAR(2) NOT NULL REFERENCES countries (code) ON DELETE CASCADE,
    position     INT     NOT NULL,
    kind         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    languages    TEXT,
    PRIMARY KEY (country_code, position)
);

CREATE TABLE people (
    id            TEXT    PRIMARY KEY,
    country       CHAR(2) NOT NULL,
    name_en       TEXT    NOT NULL,
    name_ru       TEXT    NOT NULL,
    name_kk       TEXT    NOT NULL,
    name_ky       TEXT    NOT NULL,
    surname_alone BOOLEAN NOT NULL DEFAULT TRUE
);

-- kind: alias (another full spelling) | short (a single word that names the person alone)
CREATE TABLE person_names (
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position  INT  NOT NULL,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);

-- office: president | prime_minister | foreign_minister; [starts_on, ends_on), ends_on NULL while in office
CREATE TABLE office_terms (
    person_id TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position  INT     NOT NULL,
    office    TEXT    NOT NULL,
    starts_on DATE    NOT NULL,
    ends_on   DATE,
    acting    BOOLEAN NOT NULL DEFAULT FALSE,
    note      TEXT,
    PRIMARY KEY (person_id, position),
    CHECK (ends_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX office_terms_office ON office_terms (office, starts_on);

CREATE TABLE organizations (
    id      TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_ky TEXT NOT NULL
);

-- kind: alias | abbreviation (matched case-sensitively)
CREATE TABLE organization_names (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    position        INT  NOT NULL,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    PRIMARY KEY (organization_id, position)
);

-- phrases that contain country words but name no present-day country («Советский Союз»)
CREATE TABLE blocked_phrases (
    phrase TEXT PRIMARY KEY
);
