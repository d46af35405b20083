-- Matchmaking at an event (crates/meetings, module matchmaking): delegates and partners
-- describe what they offer and need, request meetings with each other, and the scheduler
-- places the accepted ones on slots and tables. Participants are the event's registrations.
-- Keep column names and order identical on both backends: a test compares the schemas.

-- One row per event that has matchmaking. `open`: requests may be sent and answered.
-- `themes_json`: [{"code": "buildings", "name": {"en": "Buildings", "ko": "건축물"}}, ...].
CREATE TABLE matchmaking (
    event_id BIGINT PRIMARY KEY REFERENCES events(id),
    open BOOLEAN NOT NULL,
    request_days INTEGER NOT NULL,
    max_meetings INTEGER,
    themes_json TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Meeting slots (UTC seconds) with how many tables the hall has for each.
CREATE TABLE match_slots (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    tables INTEGER NOT NULL
);
CREATE INDEX match_slots_event ON match_slots(event_id, starts_at);

-- What a participant says of themselves. Erasing a registration takes it along.
CREATE TABLE match_profiles (
    registration_id BIGINT PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events(id),
    offers TEXT NOT NULL,
    needs TEXT NOT NULL,
    themes TEXT NOT NULL,
    ranking TEXT NOT NULL,
    languages TEXT NOT NULL,
    max_meetings INTEGER,
    updated_at BIGINT NOT NULL
);
CREATE INDEX match_profiles_event ON match_profiles(event_id);

-- The slots a participant is free in. No rows at all: every slot (the default); the form
-- refuses saving none.
CREATE TABLE match_availability (
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    slot_id BIGINT NOT NULL REFERENCES match_slots(id) ON DELETE CASCADE,
    PRIMARY KEY (registration_id, slot_id)
);

-- Interpreters the secretariat provides for meetings whose sides share no language.
CREATE TABLE match_interpreters (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    name TEXT NOT NULL,
    languages TEXT NOT NULL
);

-- A request is a meeting once accepted (or created by staff). pair_low/pair_high order the
-- two registrations so one live request per pair is a unique index, whatever the direction.
-- slot_id/table_no: where the scheduler (or staff) placed it; locked: staff confirmed it there.
CREATE TABLE match_requests (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    from_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    to_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    pair_low BIGINT NOT NULL,
    pair_high BIGINT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL,
    priority INTEGER NOT NULL,
    by_staff BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    decided_at BIGINT,
    slot_id BIGINT REFERENCES match_slots(id),
    table_no INTEGER,
    interpreter_id BIGINT REFERENCES match_interpreters(id),
    locked BOOLEAN NOT NULL,
    CHECK (from_id <> to_id)
);
CREATE UNIQUE INDEX match_requests_live_pair ON match_requests(event_id, pair_low, pair_high)
    WHERE status = 'pending' OR status = 'accepted';
-- One meeting a table a slot, whatever writes it.
CREATE UNIQUE INDEX match_requests_table ON match_requests(slot_id, table_no) WHERE slot_id IS NOT NULL;
CREATE INDEX match_requests_event ON match_requests(event_id, status);
CREATE INDEX match_requests_to ON match_requests(to_id);
CREATE INDEX match_requests_from ON match_requests(from_id);

-- Colleagues a requester brings along: their side is a delegation, all of whom must be free.
CREATE TABLE match_companions (
    request_id BIGINT NOT NULL REFERENCES match_requests(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, registration_id)
);
CREATE INDEX match_companions_registration ON match_companions(registration_id);

-- Each scheduler run: its figures and who fell short of a meeting and why.
CREATE TABLE match_runs (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    scheduled INTEGER NOT NULL,
    unscheduled INTEGER NOT NULL,
    priority_total BIGINT NOT NULL,
    upper_bound BIGINT NOT NULL,
    elapsed_ms BIGINT NOT NULL,
    shortfalls_json TEXT NOT NULL
);
CREATE INDEX match_runs_event ON match_runs(event_id, at);

-- Mini roundtables on the event's themes: the last assignment's settings and figures, and
-- its seats (one per participant and round). `ranking` above: theme codes, first choice first.
CREATE TABLE roundtables (
    event_id BIGINT PRIMARY KEY REFERENCES events(id),
    rounds INTEGER NOT NULL,
    tables_per_theme INTEGER NOT NULL,
    seats INTEGER NOT NULL,
    no_repeat BOOLEAN NOT NULL,
    mix_countries BOOLEAN NOT NULL,
    satisfaction BIGINT NOT NULL,
    optimum_bound BIGINT NOT NULL,
    exact BOOLEAN NOT NULL,
    mix_violations INTEGER,
    assigned_at BIGINT NOT NULL
);
CREATE TABLE roundtable_seats (
    event_id BIGINT NOT NULL REFERENCES events(id),
    round_no INTEGER NOT NULL,
    theme TEXT NOT NULL,
    table_no INTEGER NOT NULL,
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, round_no, registration_id)
);
