-- A contact form's signed stamp brings one message only: the SHA-256 of the stamp of each
-- message is kept, and a form sent again with the same stamp is not stored twice.
ALTER TABLE contact_message ADD COLUMN stamp_hash VARCHAR(64);
ALTER TABLE contact_message ADD CONSTRAINT contact_message_stamp UNIQUE (stamp_hash);
