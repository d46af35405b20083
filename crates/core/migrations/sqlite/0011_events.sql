-- Events (crates/events): an event, its organisations with their roles, rooms, sessions (UTC
-- instants beside the local times they were entered as), the people in sessions with the title
-- they held then, and ordered contributions. Translatable texts are JSON {lang: text}.
-- Keep column names and order identical on both backends: a test compares the schemas.

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title_json TEXT NOT NULL,
    theme_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    series_json TEXT NOT NULL,
    edition INTEGER,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    status TEXT NOT NULL,
    venue_name_json TEXT NOT NULL,
    venue_address TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    online_url TEXT,
    website TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_starts_on ON events(starts_on);

CREATE TABLE event_organisations (
    event_id BIGINT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_organisations_org ON event_organisations(organisation_id);

CREATE TABLE event_rooms (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    slug TEXT NOT NULL,
    name_json TEXT NOT NULL,
    capacity INTEGER,
    UNIQUE (event_id, slug)
);

CREATE TABLE event_sessions (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    slug TEXT NOT NULL,
    kind TEXT NOT NULL,
    title_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    local_start TEXT NOT NULL,
    local_end TEXT NOT NULL,
    room_id BIGINT REFERENCES event_rooms(id),
    online BOOLEAN NOT NULL,
    languages_json TEXT NOT NULL,
    interpretation_json TEXT NOT NULL,
    UNIQUE (event_id, slug)
);
CREATE INDEX event_sessions_time ON event_sessions(event_id, starts_at);

CREATE TABLE session_participants (
    session_id BIGINT NOT NULL REFERENCES event_sessions(id),
    position INTEGER NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    title_json TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations(id),
    PRIMARY KEY (session_id, position)
);
CREATE INDEX session_participants_person ON session_participants(person_id);

CREATE TABLE session_contributions (
    session_id BIGINT NOT NULL REFERENCES event_sessions(id),
    position INTEGER NOT NULL,
    title_json TEXT NOT NULL,
    presenter_id BIGINT REFERENCES people(id),
    organisation_id BIGINT REFERENCES organisations(id),
    slides_url TEXT,
    PRIMARY KEY (session_id, position)
);
CREATE INDEX session_contributions_presenter ON session_contributions(presenter_id);
