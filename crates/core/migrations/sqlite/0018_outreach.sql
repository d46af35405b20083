-- The outreach log (crates/meetings): bilateral meetings of the secretariat with cities and
-- organisations (when, where or at which event, who sat on each side, the topics as tags, staff
-- notes, the outcome) and the follow-ups they lead to. Staff-only: no public page reads these.
-- Keep column names and order identical on both backends: a test compares the schemas.

CREATE TABLE outreach_meetings (
    id INTEGER PRIMARY KEY,
    met_on TEXT NOT NULL,
    place TEXT,
    event_id BIGINT REFERENCES events(id),
    notes TEXT NOT NULL,
    outcome TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX outreach_meetings_met_on ON outreach_meetings(met_on);

-- People at the table, ours (the secretariat's) and theirs. Erasing a person from the
-- directory removes their seats here with them (ON DELETE CASCADE): erasure is real.
CREATE TABLE outreach_participants (
    meeting_id BIGINT NOT NULL REFERENCES outreach_meetings(id),
    position INTEGER NOT NULL,
    side TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE outreach_organisations (
    meeting_id BIGINT NOT NULL REFERENCES outreach_meetings(id),
    position INTEGER NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (meeting_id, position)
);
CREATE INDEX outreach_organisations_org ON outreach_organisations(organisation_id);

CREATE TABLE outreach_topics (
    meeting_id BIGINT NOT NULL REFERENCES outreach_meetings(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (meeting_id, tag)
);
CREATE INDEX outreach_topics_tag ON outreach_topics(tag);

-- What a meeting (or a call, a letter) leads to: an owner on the staff, a due date, and
-- where it stands. closed_on is the day it was done or dropped.
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    meeting_id BIGINT REFERENCES outreach_meetings(id),
    owner_id BIGINT NOT NULL REFERENCES users(id),
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    leads_to TEXT NOT NULL,
    reference TEXT,
    closed_on TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX follow_ups_owner ON follow_ups(owner_id, status, due_on);
CREATE INDEX follow_ups_org ON follow_ups(organisation_id);
CREATE INDEX follow_ups_meeting ON follow_ups(meeting_id);

-- Each status a follow-up took, with the day and who moved it: its dated history.
CREATE TABLE follow_up_status_changes (
    id INTEGER PRIMARY KEY,
    follow_up_id BIGINT NOT NULL REFERENCES follow_ups(id),
    status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    at BIGINT NOT NULL
);
CREATE INDEX follow_up_status_changes_f ON follow_up_status_changes(follow_up_id);
