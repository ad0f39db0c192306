-- 0008 mail delivery (SQLite). Keep in step with postgres/0008_mail_delivery.sql.
--
-- The outbox becomes the delivery queue (app/mail_queue.h): each message carries its delivery
-- status, the attempts started so far, when the next attempt is due, the last error and when
-- it was sent. A worker claims a message (status 'sending', claimed_by, claimed_until) before
-- it sends; a claim past claimed_until belongs to a worker that died and may be taken again.
-- Messages written before this migration are pending and due at once (the worker gives up on
-- messages too old to be worth sending).
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
  CHECK (status IN ('pending', 'sending', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0;
-- What the claim looks for: pending messages by due time, lapsed claims by their expiry.
CREATE INDEX outbox_due_idx ON outbox (status, next_attempt_at);
CREATE INDEX outbox_claim_idx ON outbox (status, claimed_until);
