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
