-- 0005 one pending request per pair (PostgreSQL). Keep in step with
-- sqlite/0005_one_pending_request_per_pair.sql.
--
-- A mentee holds at most one pending request to a mentor in a program. The use case checks
-- this under the mentee's participant lock; the index is the backstop that makes a duplicate
-- impossible whatever the code path. Numbered 0005 because 0003 is reserved for another
-- feature; each version is applied when missing, so the gap is harmless.
--
-- Expiry used to be derived only (status stays 'pending' after expires_at), so a mentee who
-- asked a mentor again after an expiry has two 'pending' rows for the pair. From now on an
-- expired request is stored as 'expired' before a new one to the same mentor is inserted; here
-- the rows already past their expiry are marked so (decided_at stays NULL, as the API showed
-- it). Live duplicates can only come from the race this migration closes: the oldest stays
-- pending, the later copies are withdrawn.
UPDATE mentor_requests SET status = 'expired'
  WHERE status = 'pending'
    AND expires_at <= CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT);

UPDATE mentor_requests
  SET status = 'withdrawn', decided_at = CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)
  WHERE status = 'pending' AND EXISTS (
    SELECT 1 FROM mentor_requests older
    WHERE older.organisation_id = mentor_requests.organisation_id
      AND older.program_id = mentor_requests.program_id
      AND older.mentee_id = mentor_requests.mentee_id
      AND older.mentor_id = mentor_requests.mentor_id
      AND older.status = 'pending'
      AND (older.created_at < mentor_requests.created_at
           OR (older.created_at = mentor_requests.created_at AND older.id < mentor_requests.id)));

CREATE UNIQUE INDEX mentor_requests_pending_pair_key
  ON mentor_requests (organisation_id, program_id, mentee_id, mentor_id)
  WHERE status = 'pending';
