-- Hansa directory schema, SQLite flavour. Keep column names and order identical to
-- ../postgres/0001_directory.sql: a test checks both end at the same schema.
-- Translatable texts are JSON objects {lang: text}; dates are ISO 'YYYY-MM-DD' text;
-- instants are Unix seconds.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name_json TEXT NOT NULL,
    search_text TEXT NOT NULL,
    default_lang TEXT NOT NULL,
    country TEXT,
    region TEXT,
    parent_id BIGINT REFERENCES organisations(id),
    website TEXT,
    description_json TEXT NOT NULL,
    founding_member BOOLEAN NOT NULL DEFAULT FALSE,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX organisations_country ON organisations(country);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE organisation_logos (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id),
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL
);

CREATE TABLE organisation_history (
    id INTEGER PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    date TEXT NOT NULL,
    event TEXT NOT NULL,
    name_json TEXT NOT NULL,
    note_json TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX organisation_history_org ON organisation_history(organisation_id);

CREATE TABLE networks (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_json TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations(id)
);

CREATE TABLE membership_types (
    network_id BIGINT NOT NULL REFERENCES networks(id),
    code TEXT NOT NULL,
    name_json TEXT NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (network_id, code)
);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES networks(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    type_code TEXT NOT NULL,
    status TEXT NOT NULL,
    since TEXT,
    until TEXT,
    UNIQUE (network_id, organisation_id)
);
CREATE INDEX memberships_org ON memberships(organisation_id);

CREATE TABLE membership_status_changes (
    id INTEGER PRIMARY KEY,
    membership_id BIGINT NOT NULL REFERENCES memberships(id),
    date TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX membership_status_changes_m ON membership_status_changes(membership_id);

CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES networks(id),
    host_id BIGINT NOT NULL REFERENCES organisations(id),
    city_json TEXT NOT NULL,
    region_json TEXT NOT NULL,
    since TEXT,
    until TEXT
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    name_order TEXT NOT NULL,
    native_name TEXT,
    honorific TEXT,
    email TEXT,
    phone TEXT,
    focal_point_for BIGINT REFERENCES organisations(id)
);

CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    title_json TEXT NOT NULL,
    since TEXT,
    until TEXT
);
CREATE INDEX positions_org ON positions(organisation_id);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES networks(id),
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name_json TEXT NOT NULL
);

CREATE TABLE body_sessions (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    number BIGINT NOT NULL,
    date TEXT NOT NULL,
    host_id BIGINT REFERENCES organisations(id),
    place_json TEXT NOT NULL,
    UNIQUE (body_id, number)
);

CREATE TABLE seats (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    organisation_id BIGINT REFERENCES organisations(id),
    person_id BIGINT REFERENCES people(id),
    role TEXT NOT NULL,
    since TEXT,
    until TEXT
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations(id),
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    changes_json TEXT NOT NULL
);
