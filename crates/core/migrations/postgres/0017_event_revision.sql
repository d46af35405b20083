-- An event's revision (crates/events): each save adds one, and a staff editor's save names the
-- revision it started from, so two people editing one programme cannot overwrite each other
-- unseen (the second is told the event changed meanwhile and sees the new version).
ALTER TABLE events ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
