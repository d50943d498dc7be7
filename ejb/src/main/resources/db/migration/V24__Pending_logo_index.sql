-- The logos still to fetch of a peer's copies, found without reading every copy of the peer:
-- each sync run looks for them. Written in the SQL subset that H2 and PostgreSQL share.
CREATE INDEX imported_copy_logo_due ON imported_copy (peer_id, logo_hash, logo_source);
