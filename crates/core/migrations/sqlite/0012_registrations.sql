-- Registration (crates/events): each event's categories with their places, where `held` counts
-- the registrations holding one (pending, approved, attended) and is changed only in the same
-- transaction as their statuses, so "is there a place?" is one conditional UPDATE that exactly
-- one of two racing registrations wins; registrations with their protocol fields; and the dated
-- history of every status. Personal data (e-mail, passport name, dietary and access needs) is
-- here only, and erasure reaches it.

CREATE TABLE event_categories (
    event_id BIGINT NOT NULL REFERENCES events(id),
    category TEXT NOT NULL,
    position INTEGER NOT NULL,
    capacity INTEGER,
    needs_approval BOOLEAN NOT NULL,
    held INTEGER NOT NULL,
    PRIMARY KEY (event_id, category)
);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    code TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    honorific TEXT,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    native_name TEXT,
    position TEXT,
    organisation_id BIGINT REFERENCES organisations(id),
    country TEXT,
    email TEXT NOT NULL,
    passport_name TEXT,
    visa_letter BOOLEAN NOT NULL,
    dietary TEXT,
    accessibility TEXT,
    interpretation_language TEXT,
    answers_json TEXT NOT NULL,
    registered_by BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- One live registration per e-mail and event: the database refuses a second, whatever races.
CREATE UNIQUE INDEX registrations_live_email ON registrations(event_id, email)
    WHERE status <> 'cancelled' AND status <> 'rejected';
CREATE INDEX registrations_queue ON registrations(event_id, category, status, id);

CREATE TABLE registration_history (
    id INTEGER PRIMARY KEY,
    registration_id BIGINT NOT NULL REFERENCES registrations(id),
    at BIGINT NOT NULL,
    status TEXT NOT NULL,
    actor_id BIGINT
);
CREATE INDEX registration_history_registration ON registration_history(registration_id);
