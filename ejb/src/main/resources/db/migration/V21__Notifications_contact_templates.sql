-- Administrators' texts of system mails, member notifications and their choices, and messages
-- sent through the public contact form. Written in the SQL subset that H2 and PostgreSQL share.

-- One row per kind of mail and language an administrator changed; without a row the bundled
-- default text is sent.
CREATE TABLE mail_template (
    id         BIGINT PRIMARY KEY,
    version    BIGINT NOT NULL,
    mail_kind  VARCHAR(60) NOT NULL,
    language   VARCHAR(8) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    updated    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    CONSTRAINT mail_template_kind UNIQUE (mail_kind, language)
);

-- What the node told a member in the portal, newest first per member, and whether they read it.
CREATE TABLE notification (
    id          BIGINT PRIMARY KEY,
    uuid        VARCHAR(36) NOT NULL UNIQUE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    topic       VARCHAR(40) NOT NULL,
    notice_kind VARCHAR(60) NOT NULL,
    about       VARCHAR(500),
    message     VARCHAR(2000),
    link        VARCHAR(500),
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_account ON notification (account_id, created);

-- A member's choice per topic: in the portal, by e-mail, both or neither. Without a row the
-- topic's default applies.
CREATE TABLE notification_choice (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    topic      VARCHAR(40) NOT NULL,
    in_portal  BOOLEAN NOT NULL,
    by_mail    BOOLEAN NOT NULL,
    CONSTRAINT notification_choice_topic UNIQUE (account_id, topic)
);

-- Messages visitors sent through the public contact form, open until an administrator closes
-- them. The text is kept as typed, as plain text.
CREATE TABLE contact_message (
    id           BIGINT PRIMARY KEY,
    uuid         VARCHAR(36) NOT NULL UNIQUE,
    version      BIGINT NOT NULL,
    sender_name  VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    message_text VARCHAR(5000) NOT NULL,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    closed_by    VARCHAR(200)
);
CREATE INDEX contact_message_open ON contact_message (closed_at, created);
