-- 0014 reasons as data (SQLite). Keep in step with postgres/0014_reasons_as_data.sql.
--
-- A pair's explanation is a list of reasons, each a stable id with its facts and points,
-- worded by the reader's app in the reader's language and from the reader's side:
--   [{"id": "skill_match", "points": 25,
--     "params": {"skill": "SQL", "mentor_level": 4, "target_level": 3}}]
-- (store/reason_codec.h). It replaces the two English wordings (explanation for the mentee,
-- mentor_explanation for the mentor) of proposals, relationships and mentor requests. The old
-- sentences cannot be parsed back reliably, so rows written before this migration get an empty
-- list ('[]'). JSON as text, as on SQLite, so that both databases read and write the same bytes.
--
-- An unmatched mentee's reason becomes an id with params (domain::kUnmatched*). The sentences
-- that carried no numbers map to their ids; the others become 'not_recorded'.
ALTER TABLE proposals ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE proposals DROP COLUMN explanation;
ALTER TABLE proposals DROP COLUMN mentor_explanation;
ALTER TABLE relationships ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE relationships DROP COLUMN explanation;
ALTER TABLE relationships DROP COLUMN mentor_explanation;
ALTER TABLE mentor_requests ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE mentor_requests DROP COLUMN explanation;
ALTER TABLE mentor_requests DROP COLUMN mentor_explanation;

ALTER TABLE unmatched ADD COLUMN reason_id TEXT NOT NULL DEFAULT 'not_recorded';
ALTER TABLE unmatched ADD COLUMN reason_params TEXT NOT NULL DEFAULT '{}';
UPDATE unmatched SET reason_id = CASE reason
  WHEN 'already has as many mentors as this program allows' THEN 'mentee_limit_reached'
  WHEN 'no mentors are in scope for this round' THEN 'no_mentors_in_scope'
  WHEN 'no suitable peer in this program (language, screening or exclusions)'
    THEN 'no_suitable_peer'
  WHEN 'removed by a coordinator' THEN 'removed_by_coordinator'
  WHEN 'their proposed mentor left the program' THEN 'mentor_left'
  WHEN 'proposal withdrawn: the mentor is not cleared for this mentee' THEN 'mentor_not_cleared'
  ELSE 'not_recorded' END;
ALTER TABLE unmatched DROP COLUMN reason;
