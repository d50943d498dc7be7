-- The language and time zone a person chose in the portal, applied at every sign-in.
ALTER TABLE account ADD COLUMN language VARCHAR(8);
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64);
