-- Initial schema of an openXeco node. Written in the SQL subset that H2 (file mode) and
-- PostgreSQL share, so both databases hold the same structure and constraints.

-- The value handed out is the top of a block of 50 identifiers, so it starts at 50.
CREATE SEQUENCE id_seq START WITH 50 INCREMENT BY 50;

-- Node-wide change sequence: one row, locked by every writing transaction, so that
-- sequence numbers are handed out in commit order and a change feed never skips one.
CREATE TABLE change_counter (
    id         INTEGER PRIMARY KEY,
    last_value BIGINT  NOT NULL
);
INSERT INTO change_counter (id, last_value) VALUES (1, 0);

CREATE TABLE node_setting (
    name  VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE tombstone (
    id          BIGINT PRIMARY KEY,
    uuid        VARCHAR(36) NOT NULL,
    object_type VARCHAR(30) NOT NULL,
    change_seq  BIGINT NOT NULL UNIQUE,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tombstone_uuid ON tombstone (uuid);

CREATE TABLE taxonomy_scheme (
    id              BIGINT PRIMARY KEY,
    uuid            VARCHAR(36) NOT NULL UNIQUE,
    version         BIGINT NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated         TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq      BIGINT NOT NULL UNIQUE,
    code            VARCHAR(64) NOT NULL UNIQUE,
    canonical_uri   VARCHAR(1000) UNIQUE,
    description     VARCHAR(4000),
    multiple_choice BOOLEAN NOT NULL,
    source          VARCHAR(1000),
    licence         VARCHAR(1000)
);

CREATE TABLE taxonomy_scheme_label (
    scheme_id BIGINT NOT NULL REFERENCES taxonomy_scheme (id) ON DELETE CASCADE,
    lang      VARCHAR(35) NOT NULL,
    label     VARCHAR(500) NOT NULL,
    PRIMARY KEY (scheme_id, lang)
);

CREATE TABLE taxonomy_scheme_target (
    scheme_id   BIGINT NOT NULL REFERENCES taxonomy_scheme (id) ON DELETE CASCADE,
    object_type VARCHAR(30) NOT NULL,
    PRIMARY KEY (scheme_id, object_type)
);

CREATE TABLE taxonomy_value (
    id            BIGINT PRIMARY KEY,
    uuid          VARCHAR(36) NOT NULL UNIQUE,
    version       BIGINT NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq    BIGINT NOT NULL UNIQUE,
    scheme_id     BIGINT NOT NULL REFERENCES taxonomy_scheme (id),
    parent_id     BIGINT REFERENCES taxonomy_value (id),
    code          VARCHAR(100) NOT NULL,
    canonical_uri VARCHAR(1000) UNIQUE,
    position      INTEGER NOT NULL,
    depth         INTEGER NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    CONSTRAINT taxonomy_value_code UNIQUE (scheme_id, code)
);
CREATE INDEX taxonomy_value_parent ON taxonomy_value (parent_id);
CREATE INDEX taxonomy_value_path ON taxonomy_value (path);

CREATE TABLE taxonomy_value_label (
    value_id BIGINT NOT NULL REFERENCES taxonomy_value (id) ON DELETE CASCADE,
    lang     VARCHAR(35) NOT NULL,
    label    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (value_id, lang)
);

CREATE TABLE organisation (
    id          BIGINT PRIMARY KEY,
    uuid        VARCHAR(36) NOT NULL UNIQUE,
    version     BIGINT NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq  BIGINT NOT NULL UNIQUE,
    name        VARCHAR(300) NOT NULL,
    sort_key    VARCHAR(300) NOT NULL,
    legal_name  VARCHAR(300),
    kind        VARCHAR(30) NOT NULL,
    status      VARCHAR(30) NOT NULL,
    description VARCHAR(100000),
    email       VARCHAR(254),
    phone       VARCHAR(50),
    logo_url    VARCHAR(2000)
);
CREATE INDEX organisation_sort ON organisation (sort_key, uuid);
CREATE INDEX organisation_status ON organisation (status);

CREATE TABLE organisation_website (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

CREATE TABLE organisation_address (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    street          VARCHAR(300),
    postal_code     VARCHAR(30),
    city            VARCHAR(200),
    region          VARCHAR(200),
    country_code    VARCHAR(2) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);
CREATE INDEX organisation_address_country ON organisation_address (country_code);

CREATE TABLE organisation_identifier (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    scheme          VARCHAR(40) NOT NULL,
    id_value        VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

CREATE TABLE organisation_tag (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    value_id        BIGINT NOT NULL REFERENCES taxonomy_value (id),
    PRIMARY KEY (organisation_id, value_id)
);
CREATE INDEX organisation_tag_value ON organisation_tag (value_id);

CREATE TABLE article (
    id                  BIGINT PRIMARY KEY,
    uuid                VARCHAR(36) NOT NULL UNIQUE,
    version             BIGINT NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated             TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq          BIGINT NOT NULL UNIQUE,
    type                VARCHAR(30) NOT NULL,
    status              VARCHAR(30) NOT NULL,
    title               VARCHAR(500) NOT NULL,
    sort_key            VARCHAR(500) NOT NULL,
    slug                VARCHAR(200) NOT NULL UNIQUE,
    summary             VARCHAR(4000),
    body                VARCHAR(100000),
    published_at        TIMESTAMP WITH TIME ZONE,
    event_start         TIMESTAMP WITH TIME ZONE,
    event_end           TIMESTAMP WITH TIME ZONE,
    event_time_zone     VARCHAR(64),
    event_all_day       BOOLEAN,
    event_attendance    VARCHAR(30),
    event_venue         VARCHAR(300),
    event_city          VARCHAR(200),
    event_country_code  VARCHAR(2),
    event_country_name  VARCHAR(100),
    event_registration  VARCHAR(2000),
    event_cfp_url       VARCHAR(2000),
    event_cfp_end       DATE,
    job_hiring_id       BIGINT REFERENCES organisation (id),
    job_employment_type VARCHAR(30),
    job_location        VARCHAR(300),
    job_closing_date    DATE,
    offering_provider_id BIGINT REFERENCES organisation (id),
    offering_url        VARCHAR(2000)
);
CREATE INDEX article_list ON article (status, type, sort_key, uuid);
CREATE INDEX article_event_start ON article (event_start, uuid);
CREATE INDEX article_published ON article (published_at, uuid);

CREATE TABLE article_link (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    label      VARCHAR(300),
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_entity (
    article_id      BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (article_id, organisation_id)
);
CREATE INDEX article_entity_org ON article_entity (organisation_id);

CREATE TABLE article_tag (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    value_id   BIGINT NOT NULL REFERENCES taxonomy_value (id),
    PRIMARY KEY (article_id, value_id)
);
CREATE INDEX article_tag_value ON article_tag (value_id);

CREATE TABLE account (
    id            BIGINT PRIMARY KEY,
    uuid          VARCHAR(36) NOT NULL UNIQUE,
    version       BIGINT NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(500) NOT NULL,
    active        BOOLEAN NOT NULL
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);
