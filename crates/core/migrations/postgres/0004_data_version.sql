-- A counter bumped by every audited change (in the change's own transaction). App servers
-- keep rendered public pages keyed by it: one tiny query tells each of them, wherever the
-- change was made, whether what it holds is still current.
CREATE TABLE data_version (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
