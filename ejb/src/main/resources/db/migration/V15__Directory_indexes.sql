-- The public directory lists active entities by name and counts them per kind: with the
-- status first, the first pages read the index in order instead of sorting every active
-- entity, and the counts per kind read the index alone. Both start with the status, so
-- the index on the status alone is no longer needed.
CREATE INDEX organisation_public_sort ON organisation (status, sort_key, id);
CREATE INDEX organisation_public_kind ON organisation (status, kind);
DROP INDEX organisation_status;
