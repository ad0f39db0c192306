-- 0018 why a request was withdrawn (PostgreSQL). Keep in step with sqlite/0018_request_withdraw_reason.sql.
--
-- A reason id the reader's app words (domain/mentor_request.h withdraw_reason): 'matched_elsewhere'
-- when the mentee was matched (a published round, another mentor's acceptance) and holds every
-- mentor the program allows (domain/reconcile.h); '' otherwise and on rows written before.
ALTER TABLE mentor_requests ADD COLUMN withdraw_reason TEXT NOT NULL DEFAULT '';
