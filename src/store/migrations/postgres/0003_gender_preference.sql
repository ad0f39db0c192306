-- 0003 gender preference (PostgreSQL). Keep in step with sqlite/0003_gender_preference.sql.
--
-- A mentee's preferred mentor gender, in their own words ('' = no preference); matching compares
-- it with the mentor's shared "gender" background answer. Existing profiles get '' and so match
-- exactly as before.
ALTER TABLE profiles ADD COLUMN preferred_mentor_gender TEXT NOT NULL DEFAULT '';
