-- 0009 minor mark (PostgreSQL). Keep in step with sqlite/0009_minor_mark.sql.
--
-- A coordinator's mark that a participant is a minor (domain/safeguarding.h). It sits on the
-- enrollment, beside the screening and training flags, so it belongs to one program of one
-- organisation, survives every edit of the person's own profile, and only a coordinator
-- changes it.
ALTER TABLE enrollments ADD COLUMN minor_marked INTEGER NOT NULL DEFAULT 0
  CHECK (minor_marked IN (0, 1));
