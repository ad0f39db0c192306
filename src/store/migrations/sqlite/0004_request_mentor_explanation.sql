-- 0004 request mentor explanation (SQLite). Keep in step with
-- postgres/0004_request_mentor_explanation.sql.
--
-- A pair's explanation worded for the mentor ("wants to learn SQL to level 3, you teach it at
-- level 4"), beside the mentee's in `explanation`. Written when the request is made or the
-- round is computed, from the same snapshot as the score, so both sides read the same numbers.
-- Proposals carry it so that publishing can copy it into the relationship. Rows written before
-- this migration keep '' (no mentor wording is known for them). Numbered 0004 because 0003 is
-- reserved for another feature; each version is applied when missing, so the gap is harmless.
ALTER TABLE mentor_requests ADD COLUMN mentor_explanation TEXT NOT NULL DEFAULT '';
ALTER TABLE relationships ADD COLUMN mentor_explanation TEXT NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN mentor_explanation TEXT NOT NULL DEFAULT '';
