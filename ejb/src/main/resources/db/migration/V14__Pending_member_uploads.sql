-- An image a member uploads stays pending, with the uploader's user name, until the change
-- that uses it is approved or goes live; until then only that member and the administrators
-- are served it. Images stored before are public (no uploader).
ALTER TABLE media ADD COLUMN pending_by VARCHAR(100);
