-- Sign-in throttling is now keyed by (account, client) and by client, never by account
-- alone, so no third party can lock an account out. Old per-account rows would only keep
-- today's lock-outs alive: they go. Failures older than the window are swept by time across
-- all keys, which this index makes cheap.
DELETE FROM login_failures WHERE key LIKE 'account:%';
CREATE INDEX login_failures_at ON login_failures(at);
