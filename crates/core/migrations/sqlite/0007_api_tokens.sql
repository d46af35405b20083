-- API tokens for integrations: named, per account, scoped (read/write), optionally expiring,
-- revocable. Only a SHA-256 hash of the secret is kept. They are apart from browser sessions,
-- so a password change (which ends sessions) leaves integrations working.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);
-- The token a change was made with, so the audit log names the integration.
ALTER TABLE audit_log ADD COLUMN token_name TEXT;
