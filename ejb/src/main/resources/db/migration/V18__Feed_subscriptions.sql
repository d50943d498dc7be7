-- Feeds (RSS or Atom) the administrators subscribed to, and the items read from them. Written
-- in the SQL subset that H2 and PostgreSQL share, like V1.

-- One row per feed: its address, the title it gives itself, whether it is checked, how the
-- last checks went (the reason of the last failure is shown to the administrators), the
-- validators of a conditional GET, and since when a check holds it (one check at a time).
CREATE TABLE feed_subscription (
    id                   BIGINT PRIMARY KEY,
    uuid                 VARCHAR(36) NOT NULL UNIQUE,
    version              BIGINT NOT NULL,
    url                  VARCHAR(2000) NOT NULL UNIQUE,
    title                VARCHAR(500),
    active               BOOLEAN NOT NULL,
    check_interval       VARCHAR(40),
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(200) NOT NULL,
    last_checked         TIMESTAMP WITH TIME ZONE,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_error           VARCHAR(40),
    last_error_detail    VARCHAR(1000),
    consecutive_failures INTEGER NOT NULL,
    etag                 VARCHAR(500),
    last_modified        VARCHAR(100),
    checking_since       TIMESTAMP WITH TIME ZONE
);

-- Every item ever read from a feed, keyed by the item's guid (or id, or link, or a hash of
-- its title and date): an item seen once is never imported again, even after its draft was
-- deleted, and two checks at once cannot both import it.
CREATE TABLE feed_item (
    id              BIGINT PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES feed_subscription (id) ON DELETE CASCADE,
    guid            VARCHAR(1000) NOT NULL,
    title           VARCHAR(500),
    link            VARCHAR(2000),
    published_at    TIMESTAMP WITH TIME ZONE,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    article_uuid    VARCHAR(36),
    CONSTRAINT feed_item_guid UNIQUE (subscription_id, guid)
);
CREATE INDEX feed_item_imported ON feed_item (imported_at);
