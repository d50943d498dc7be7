-- The base URL of the peer whose removal detached a copy, so that adding that peer again links
-- the copy again whatever its origin URI looks like (a taxonomy published under a canonical
-- URI, say). Empty for a copy an administrator detached by hand: it stays a local object.
ALTER TABLE imported_copy ADD COLUMN detached_from VARCHAR(1000);

-- Why the copy's logo could not be fetched the last time, shown to administrators.
ALTER TABLE imported_copy ADD COLUMN logo_problem VARCHAR(300);

-- When a logo that failed for a passing reason may be fetched again (later after each try).
ALTER TABLE imported_copy ADD COLUMN logo_next_at TIMESTAMP WITH TIME ZONE;
