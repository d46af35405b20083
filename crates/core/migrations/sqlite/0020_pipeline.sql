-- The prospect pipeline (crates/meetings): the organisations the secretariat courts for one of
-- its networks, and the stage staff last set — contacted, interested, applying or dropped.
-- "Member" is never stored: the board reads it (and "applying" for an applicant) from the
-- directory's memberships each time, so it cannot go stale when a membership changes.
-- stage_since is the day the prospect entered its stage (YYYY-MM-DD).
-- Keep column names and order identical on both backends: a test compares the schemas.
-- (0019 is the matchmaking's.)

CREATE TABLE pipeline_prospects (
    id INTEGER PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES networks(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    stage TEXT NOT NULL,
    stage_since TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (network_id, organisation_id)
);
CREATE INDEX pipeline_prospects_org ON pipeline_prospects(organisation_id);

-- One row per staff member who owns follow-ups: the last day a reminder of their overdue
-- follow-ups was queued (at most one a day), and the interface language they last used on the
-- staff start page, which the reminder is written in (English when none is known).
CREATE TABLE follow_up_reminders (
    owner_id BIGINT PRIMARY KEY REFERENCES users(id),
    lang TEXT,
    reminded_on TEXT
);

-- The reminders look for open follow-ups due before a day, across owners.
CREATE INDEX follow_ups_open_due ON follow_ups(status, due_on);
