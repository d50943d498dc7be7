-- When an event is over, kept by the application on every write: its end, else the end of
-- its start day in its time zone. Stored events get the end or one day after the start.
ALTER TABLE article ADD COLUMN event_until TIMESTAMP WITH TIME ZONE;
UPDATE article SET event_until = COALESCE(event_end, event_start + INTERVAL '1' DAY)
    WHERE event_start IS NOT NULL;
CREATE INDEX article_event_until ON article (event_until);

-- An entity's page looks up the articles that name it as hiring entity or provider.
CREATE INDEX article_job_hiring ON article (job_hiring_id);
CREATE INDEX article_offering_provider ON article (offering_provider_id);
