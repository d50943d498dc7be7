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

