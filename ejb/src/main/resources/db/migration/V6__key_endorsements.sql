-- Key ids start with the node's base URL, which may be as long as a peer's base URL.
ALTER TABLE node_key ALTER COLUMN key_id SET DATA TYPE VARCHAR(1100);

-- A rotated-in key is endorsed by the key it replaces: a signature of the old key over the
-- new key's id and public key, so peers can follow the rotation without trusting whatever
-- the node's address serves.
ALTER TABLE node_key ADD COLUMN endorsed_by VARCHAR(1100);
ALTER TABLE node_key ADD COLUMN endorsement BYTEA;

-- When a peer's key stops being valid (the end of its rotation grace period).
ALTER TABLE peer_key ADD COLUMN expires TIMESTAMP WITH TIME ZONE;
