-- Data versions per area of public content ('directory', later 'events', 'news'), each kept
-- in 16 shards. Every audited change adds 1 to ONE shard of its own area, in the change's own
-- transaction; an area's version is the SUM of its shards.
--
-- Why shards: with a single row, every write transaction on PostgreSQL holds that row's lock
-- until it commits, so all writers queue behind each other. Spread over 16 rows, concurrent
-- writers rarely meet.
-- Why a sum is still a safe version: shards only ever grow, so every commit strictly raises
-- the sum. A server reads the sum before it renders a page and keeps the page under it; any
-- change committed after that read makes the sum larger, so the kept page can never be taken
-- for current again.
--
-- Rows are created by the first change of a shard (INSERT … ON CONFLICT), so a new area
-- needs no migration. The old single-row `data_version` table (0004) is left alone: servers
-- of the previous release may still bump it during a rolling upgrade; nothing reads it now.
CREATE TABLE area_versions (
    area TEXT NOT NULL,
    shard BIGINT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (area, shard)
);
