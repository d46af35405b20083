-- The outbox (hansa_core::outbox): messages to people — a registration confirmed, a place on the
-- waiting list, a visa invitation letter — written in the same transaction as the change that
-- causes them, then sent by a runner (hansa_core::jobs). A message is 'queued' until it is due
-- (next_attempt_at, unix seconds), 'sending' while a runner holds it until claimed_until (a lease:
-- a runner that crashed lets go when it runs out), then 'sent', or 'failed' after its last attempt
-- or a permanent refusal. attempts counts claims, so it also fences a late runner's outcome.
-- entity names the record a message is about (registration:42) so erasure finds and deletes it;
-- addresses and bodies are personal data and are kept here only.

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    to_name TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    lang TEXT NOT NULL,
    entity TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
-- Claiming reads only what may be due: partial indexes stay small however many were sent.
CREATE INDEX outbox_queued ON outbox(next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_leased ON outbox(claimed_until) WHERE status = 'sending';
-- The staff's list filtered by status, newest first; erasure and "messages about this record".
CREATE INDEX outbox_status ON outbox(status, id);
CREATE INDEX outbox_entity ON outbox(entity, id);
