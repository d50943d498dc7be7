-- Copies of peers' objects and the state of following each peer's change feed. Written in
-- the SQL subset that H2 and PostgreSQL share, like V1.

-- One row per imported entity, article or taxonomy scheme: where it came from, the origin's
-- change number it reflects, when it was last synced, whether the origin withdrew it, and a
-- fingerprint of each field as the origin last sent it (the base of a three-way merge, so a
-- field changed here is never overwritten silently). A copy whose peer was removed but kept
-- (detached) has no peer; re-adding the peer links it again by its origin URI.
CREATE TABLE imported_copy (
    object_uuid      VARCHAR(36) PRIMARY KEY,
    object_type      VARCHAR(30) NOT NULL,
    origin_uri       VARCHAR(1000) NOT NULL UNIQUE,
    peer_id          BIGINT REFERENCES peer (id) ON DELETE SET NULL,
    origin_version   BIGINT NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_reason VARCHAR(30),
    detached_at      TIMESTAMP WITH TIME ZONE,
    base             VARCHAR(20000),
    in_conflict      BOOLEAN NOT NULL,
    logo_source      VARCHAR(2000),
    logo_hash        VARCHAR(64),
    logo_attempts    INTEGER NOT NULL
);
CREATE INDEX imported_copy_peer ON imported_copy (peer_id, object_type);

-- A field changed both here and at the origin since the last sync: both values, until an
-- admin keeps the local one, takes the remote one or edits it.
CREATE TABLE sync_conflict (
    id           BIGINT PRIMARY KEY,
    object_uuid  VARCHAR(36) NOT NULL REFERENCES imported_copy (object_uuid) ON DELETE CASCADE,
    field        VARCHAR(100) NOT NULL,
    local_value  VARCHAR(100000),
    remote_value VARCHAR(100000),
    detected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sync_conflict_field UNIQUE (object_uuid, field)
);

-- What a copy refers to that is not on this node (yet): a taxonomy concept or an entity,
-- by its URI; linked as soon as it arrives, never dropped.
CREATE TABLE import_reference (
    id          BIGINT PRIMARY KEY,
    owner_uuid  VARCHAR(36) NOT NULL REFERENCES imported_copy (object_uuid) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    target_uri  VARCHAR(1000) NOT NULL,
    label       VARCHAR(1000),
    scheme_uri  VARCHAR(1000)
);
CREATE INDEX import_reference_owner ON import_reference (owner_uuid);
CREATE INDEX import_reference_target ON import_reference (target_uri);

-- A peer's concept the admin mapped onto a local taxonomy value (skos:exactMatch) instead
-- of importing a copy of it.
CREATE TABLE concept_match (
    concept_uri VARCHAR(1000) PRIMARY KEY,
    value_id    BIGINT NOT NULL REFERENCES taxonomy_value (id) ON DELETE CASCADE,
    mapped_by   VARCHAR(200) NOT NULL,
    mapped_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX concept_match_value ON concept_match (value_id);

-- How far this node has read a peer's change feed (the peer's change number, never this
-- node's clock), and whether it follows everything the peer shares or only what was imported.
CREATE TABLE peer_sync (
    peer_id      BIGINT PRIMARY KEY REFERENCES peer (id) ON DELETE CASCADE,
    version      BIGINT NOT NULL,
    position     BIGINT NOT NULL,
    follow_all   BOOLEAN NOT NULL,
    last_run_at  TIMESTAMP WITH TIME ZONE,
    runs_failed  INTEGER NOT NULL
);

-- One run of a peer's sync: what it did, and while it runs how far it has got.
CREATE TABLE sync_run (
    id            BIGINT PRIMARY KEY,
    peer_id       BIGINT NOT NULL REFERENCES peer (id) ON DELETE CASCADE,
    trigger_kind  VARCHAR(20) NOT NULL,
    started_by    VARCHAR(200),
    started       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished      TIMESTAMP WITH TIME ZONE,
    state         VARCHAR(20) NOT NULL,
    from_position BIGINT NOT NULL,
    position      BIGINT NOT NULL,
    head          BIGINT,
    pages         INTEGER NOT NULL,
    created_count INTEGER NOT NULL,
    updated_count INTEGER NOT NULL,
    unchanged_count INTEGER NOT NULL,
    withdrawn_count INTEGER NOT NULL,
    conflict_count  INTEGER NOT NULL,
    error_count     INTEGER NOT NULL,
    message       VARCHAR(4000)
);
CREATE INDEX sync_run_peer ON sync_run (peer_id, started);
