-- 0010 removal and privacy (SQLite). Keep in step with postgres/0010_removal_and_privacy.sql.
--
-- Why a relationship ended, as a reason id the web app words in the reader's language
-- ('member_removed', 'role_removed', 'enrollment_ended'; '' when no reason was recorded).
ALTER TABLE relationships ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
-- The points a proposal's explanation names (the score participants are shown once it is
-- published); score stays the solver's total, which may include background answers that are
-- never named. Rounds made before this migration named every answer they scored.
ALTER TABLE proposals ADD COLUMN shown_score INTEGER NOT NULL DEFAULT 0;
UPDATE proposals SET shown_score = score;
