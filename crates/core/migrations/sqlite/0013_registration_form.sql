-- An event's registration form (crates/events): until when it takes registrations (an instant
-- in UTC, entered in the event's zone) and its own questions, whose answers registrations keep
-- by question code.

ALTER TABLE events ADD COLUMN registration_deadline BIGINT;

CREATE TABLE event_questions (
    event_id BIGINT NOT NULL REFERENCES events(id),
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label_json TEXT NOT NULL,
    choices_json TEXT NOT NULL,
    required BOOLEAN NOT NULL,
    PRIMARY KEY (event_id, code)
);

-- The organisation as the registrant wrote it, for those not (yet) in the directory: press,
-- universities, observers.
ALTER TABLE registrations ADD COLUMN organisation_name TEXT;
-- The language the person registered in: their messages are written in it.
ALTER TABLE registrations ADD COLUMN lang TEXT;

-- A focal point's delegation: the registrations an account made for an event.
CREATE INDEX registrations_registered_by ON registrations(event_id, registered_by);
