-- E-mail campaigns to the community. Written in the SQL subset that H2 and PostgreSQL share,
-- like V1.

-- Whether the person accepts campaign mails; they say no with the link of any campaign mail
-- or on their profile page, and may say yes again there.
ALTER TABLE account ADD COLUMN accepts_communication BOOLEAN DEFAULT TRUE NOT NULL;

-- Layouts for campaign mails: HTML with one content slot where the campaign's text goes.
CREATE TABLE campaign_template (
    id      BIGINT PRIMARY KEY,
    uuid    VARCHAR(36) NOT NULL UNIQUE,
    version BIGINT NOT NULL,
    name    VARCHAR(200) NOT NULL UNIQUE,
    html    VARCHAR(100000) NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL,
    updated TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One mail to many: its text, its template, whom it goes to (every member who accepts
-- communication, members of entities tagged with values, or a list of addresses), and when.
CREATE TABLE campaign (
    id           BIGINT PRIMARY KEY,
    uuid         VARCHAR(36) NOT NULL UNIQUE,
    version      BIGINT NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    template_id  BIGINT NOT NULL REFERENCES campaign_template (id),
    audience     VARCHAR(20) NOT NULL,
    tags         VARCHAR(4000),
    address_list VARCHAR(1000000),
    status       VARCHAR(20) NOT NULL,
    send_at      TIMESTAMP WITH TIME ZONE,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    started      TIMESTAMP WITH TIME ZONE,
    finished     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX campaign_due ON campaign (status, send_at);

-- One row per recipient of a started campaign, and how its mail went. A sender claims a
-- row (queued -> sending) in a committed transaction before it talks to the mail server, so
-- two senders, or a restarted server, never mail one person twice.
CREATE TABLE campaign_recipient (
    id          BIGINT PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    address     VARCHAR(254) NOT NULL,
    address_key VARCHAR(254) NOT NULL,
    account_id  BIGINT REFERENCES account (id) ON DELETE SET NULL,
    language    VARCHAR(8),
    state       VARCHAR(20) NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE,
    sent_at     TIMESTAMP WITH TIME ZONE,
    failure     VARCHAR(500),
    token_hash  VARCHAR(64) UNIQUE,
    CONSTRAINT campaign_recipient_once UNIQUE (campaign_id, address_key)
);
CREATE INDEX campaign_recipient_state ON campaign_recipient (campaign_id, state);

-- Addresses of no account that asked for no more campaign mails (an account keeps the
-- choice itself, in accepts_communication).
CREATE TABLE unsubscribed_address (
    address_key     VARCHAR(254) PRIMARY KEY,
    unsubscribed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
