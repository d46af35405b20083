-- Where long work (an import) is, for the page that started it to show. On SQLite the process
-- keeps it in memory instead (the import's transaction holds the file's only write lock, and one
-- process owns the file); the table exists so both backends keep the same schema.
CREATE TABLE job_progress (
    key TEXT PRIMARY KEY,
    phase TEXT NOT NULL,
    done BIGINT NOT NULL,
    total BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
