-- Members of the ecosystem portal: their requests to be attached to an entity (or to add
-- one), the changes they propose to their entities, and the articles they write for them.
-- Accounts are deactivated, never deleted, so an account with members' work cannot be deleted
-- (RESTRICT). Deleting an entity is refused while members' work on it waits or an article
-- refers to it; its decided requests and changes go with it.

CREATE TABLE member_request (
    id                   BIGINT PRIMARY KEY,
    uuid                 VARCHAR(36) NOT NULL UNIQUE,
    version              BIGINT NOT NULL,
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id           BIGINT NOT NULL REFERENCES account (id) ON DELETE RESTRICT,
    kind                 VARCHAR(20) NOT NULL,
    organisation_id      BIGINT REFERENCES organisation (id) ON DELETE CASCADE,
    reason               VARCHAR(2000),
    proposed_name        VARCHAR(300),
    proposed_kind        VARCHAR(30),
    proposed_country     VARCHAR(2),
    proposed_website     VARCHAR(2000),
    proposed_email       VARCHAR(254),
    proposed_description VARCHAR(4000),
    status               VARCHAR(20) NOT NULL,
    decided              TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(100),
    decision_message     VARCHAR(2000)
);
CREATE INDEX member_request_account ON member_request (account_id, created);
CREATE INDEX member_request_status ON member_request (status, created);
CREATE INDEX member_request_organisation ON member_request (organisation_id);

CREATE TABLE entity_change (
    id               BIGINT PRIMARY KEY,
    uuid             VARCHAR(36) NOT NULL UNIQUE,
    version          BIGINT NOT NULL,
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE RESTRICT,
    organisation_id  BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    base_version     BIGINT NOT NULL,
    base_content     VARCHAR(300000) NOT NULL,
    content          VARCHAR(300000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    decided          TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(100),
    decision_message VARCHAR(2000)
);
CREATE INDEX entity_change_owner ON entity_change (organisation_id, account_id, status);
CREATE INDEX entity_change_status ON entity_change (status, created);
CREATE INDEX entity_change_account ON entity_change (account_id);

CREATE TABLE member_article (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    article_id      BIGINT NOT NULL UNIQUE REFERENCES article (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE RESTRICT,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    state           VARCHAR(20) NOT NULL
);
CREATE INDEX member_article_account ON member_article (account_id);
CREATE INDEX member_article_state ON member_article (state);
CREATE INDEX member_article_organisation ON member_article (organisation_id);

CREATE TABLE member_article_step (
    member_article_id BIGINT NOT NULL REFERENCES member_article (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    actor             VARCHAR(100) NOT NULL,
    action            VARCHAR(30) NOT NULL,
    comment           VARCHAR(2000),
    PRIMARY KEY (member_article_id, position)
);
