-- Uploaded images and the logos of entities. Written in the SQL subset that H2 and
-- PostgreSQL share, like V1. (Exports need no schema: they read through the list queries.)

-- An image is stored once per content: the key is the SHA-256 of its bytes in lower-case
-- hex. BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2; it keeps the
-- bytes in the row, not in a large object that would outlive a deleted row.
CREATE TABLE media (
    hash         VARCHAR(64) PRIMARY KEY,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    width        INTEGER,
    height       INTEGER,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    content      BYTEA NOT NULL
);

-- The stored logo of an entity, next to the older logo_url, which stays as it is.
ALTER TABLE organisation ADD COLUMN logo_hash VARCHAR(64);
ALTER TABLE organisation ADD CONSTRAINT organisation_logo_media
    FOREIGN KEY (logo_hash) REFERENCES media (hash);
CREATE INDEX organisation_logo ON organisation (logo_hash);
