-- The node's own keys, the peers it knows and the nonces of signed requests it has seen.
-- Written in the SQL subset that H2 and PostgreSQL share, like V1.

-- Ed25519 key pairs of this node. The current key has no retired_at; a retired key stays
-- published (and valid for peers) until valid_until, the end of the rotation grace period.
-- The private key is PKCS#8 and never leaves this table except to sign.
CREATE TABLE node_key (
    id          BIGINT PRIMARY KEY,
    key_id      VARCHAR(100) NOT NULL UNIQUE,
    public_key  BYTEA NOT NULL,
    private_key BYTEA NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    valid_until TIMESTAMP WITH TIME ZONE
);

-- A node this node has a handshake with, in either direction.
CREATE TABLE peer (
    id             BIGINT PRIMARY KEY,
    uuid           VARCHAR(36) NOT NULL UNIQUE,
    version        BIGINT NOT NULL,
    base_url       VARCHAR(1000) NOT NULL UNIQUE,
    name           VARCHAR(300) NOT NULL,
    contact        VARCHAR(300),
    software       VARCHAR(100),
    api_version    VARCHAR(20),
    fingerprint    VARCHAR(100) NOT NULL,
    state          VARCHAR(20) NOT NULL,
    initiated_here BOOLEAN NOT NULL,
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    state_changed  TIMESTAMP WITH TIME ZONE NOT NULL,
    state_by       VARCHAR(200),
    last_contact   TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(2000),
    last_error_at  TIMESTAMP WITH TIME ZONE,
    failures       INTEGER NOT NULL,
    retry_after    TIMESTAMP WITH TIME ZONE,
    last_check     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX peer_state ON peer (state);

-- The public keys a peer has published; a key id is unique in the whole network because it
-- starts with the peer's base URL.
CREATE TABLE peer_key (
    peer_id    BIGINT NOT NULL REFERENCES peer (id) ON DELETE CASCADE,
    key_id     VARCHAR(1100) NOT NULL,
    public_key BYTEA NOT NULL,
    fetched    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (peer_id, key_id)
);
CREATE INDEX peer_key_id ON peer_key (key_id);

-- Nonces of accepted signed requests, kept as long as their signature could still be
-- accepted; the primary key makes a replay fail even on another server of the same node.
CREATE TABLE seen_nonce (
    key_id  VARCHAR(1100) NOT NULL,
    nonce   VARCHAR(200) NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (key_id, nonce)
);
CREATE INDEX seen_nonce_time ON seen_nonce (seen_at);

-- Where an imported object came from (filled by imports; one copy per origin).
ALTER TABLE organisation ADD COLUMN origin_uri VARCHAR(1000);
ALTER TABLE organisation ADD CONSTRAINT organisation_origin UNIQUE (origin_uri);
ALTER TABLE article ADD COLUMN origin_uri VARCHAR(1000);
ALTER TABLE article ADD CONSTRAINT article_origin UNIQUE (origin_uri);
