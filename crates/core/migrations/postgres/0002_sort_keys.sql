-- Sort keys: an organisation's name as a reader of each interface language sees it
-- (that language → the organisation's own → English), lower-cased, so the directory can be
-- listed in the reader's alphabet from an index instead of parsing JSON on every row.
CREATE TABLE organisation_sort_keys (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    lang TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);
CREATE INDEX organisation_sort_keys_order ON organisation_sort_keys(lang, sort_key, organisation_id);

-- Backfill what exists (the application writes them from now on).
INSERT INTO organisation_sort_keys (organisation_id, lang, sort_key)
SELECT o.id, l.lang, lower(COALESCE(o.name_json::jsonb ->> l.lang, o.name_json::jsonb ->> o.default_lang, o.name_json::jsonb ->> 'en', o.slug))
FROM organisations o CROSS JOIN (VALUES ('en'), ('ko'), ('zh'), ('ja'), ('ru'), ('mn')) AS l(lang);
