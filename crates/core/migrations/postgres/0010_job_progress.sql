-- Where long work (an import) is, for the page that started it to show: any app server behind
-- the load balancer can answer the page's poll. Rows older than a day are swept on write.
CREATE TABLE job_progress (
    key TEXT PRIMARY KEY,
    phase TEXT NOT NULL,
    done BIGINT NOT NULL,
    total BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
