-- Check-in at an event (crates/events): each scan a desk made, online or queued offline and
-- synced later. A scan carries the device's own id for it, so a replayed sync is recognised
-- and changes nothing; the first scan of a person for a day (and session) counts, later ones
-- are kept as duplicates that point at it, so staff see who scanned twice and where.

CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    registration_id BIGINT NOT NULL REFERENCES registrations(id),
    day TEXT NOT NULL,
    session_slug TEXT NOT NULL,
    scanned_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    device TEXT NOT NULL,
    scan_id TEXT NOT NULL UNIQUE,
    duplicate_of BIGINT REFERENCES check_ins(id)
);
-- One counted check-in per person, day and session ('' for the day itself).
CREATE UNIQUE INDEX check_ins_first ON check_ins(registration_id, day, session_slug) WHERE duplicate_of IS NULL;
CREATE INDEX check_ins_event_day ON check_ins(event_id, day);
