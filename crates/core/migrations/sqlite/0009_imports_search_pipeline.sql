-- Search terms (see hansa_core::search): folded words and native-script suffixes of every
-- name, looked up by prefix ranges. Bytewise order makes a prefix a contiguous range.
CREATE TABLE organisation_search_terms (
    term TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (term, organisation_id)
);
CREATE INDEX organisation_search_terms_org ON organisation_search_terms(organisation_id);

-- One row per committed spreadsheet import; an import can be undone while nothing else has
-- changed its records since.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_id INTEGER,
    file_name TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    undone_at INTEGER
);

-- What an import did to each record: the state before (NULL when it created the record)
-- and after, as JSON, so undo can restore it and tell whether someone changed it since.
CREATE TABLE import_changes (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    before_json TEXT,
    after_json TEXT NOT NULL,
    PRIMARY KEY (import_id, organisation_id)
);

-- History entries an import wrote (a rename), removed again by its undo.
ALTER TABLE organisation_history ADD COLUMN import_id INTEGER REFERENCES imports(id);

-- Column mappings chosen in the import preview, found again by the file's header.
CREATE TABLE import_mappings (
    header_key TEXT PRIMARY KEY,
    mapping_json TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Which membership statuses of a network the public sees; staff see all.
ALTER TABLE networks ADD COLUMN public_statuses TEXT NOT NULL DEFAULT 'active';
