-- 0006 round candidates (SQLite). Keep in step with postgres/0006_round_candidates.sql.
--
-- A round remembers its candidates per mentee (K, the best mentors kept per mentee before the
-- solve), so a re-run solves with the K the round was made with. Rounds made before this
-- migration were run with the default, 100.
ALTER TABLE match_rounds ADD COLUMN candidates_per_mentee INTEGER NOT NULL DEFAULT 100;
