-- Self-service member accounts: sign-up with e-mail verification, a new address waiting
-- for confirmation, the profile a member may make public, and the single-use tokens that
-- the node mails (only their SHA-256 hash is stored).

ALTER TABLE account ADD COLUMN awaiting_verification BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN email_verified TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE account ADD COLUMN job_title VARCHAR(200);
ALTER TABLE account ADD COLUMN bio VARCHAR(2000);
ALTER TABLE account ADD COLUMN profile_public BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX account_email ON account (email);

CREATE TABLE account_token (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    email      VARCHAR(254),
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires    TIMESTAMP WITH TIME ZONE NOT NULL,
    state      VARCHAR(12) NOT NULL,
    closed     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_account ON account_token (account_id, purpose, created);

-- Mails sent recently, by hashed address or client, so limits hold across servers.
CREATE TABLE mail_limit (
    key_hash VARCHAR(64) NOT NULL,
    sent_at  BIGINT NOT NULL
);
CREATE INDEX mail_limit_key ON mail_limit (key_hash, sent_at);
CREATE INDEX mail_limit_sent ON mail_limit (sent_at);
