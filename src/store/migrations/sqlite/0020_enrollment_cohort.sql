-- 0020 enrollment grade and group (SQLite). Keep in step with postgres/0020_enrollment_cohort.sql.
--
-- Labels a coordinator sets on a participant's enrollment (domain/program.h) so that a match
-- round's mentees can be chosen by filters (domain/mentee_filter.h): the grade and the group
-- in this program, '' when not set. "group" is a keyword in SQL, hence cohort_group.
ALTER TABLE enrollments ADD COLUMN grade TEXT NOT NULL DEFAULT '';
ALTER TABLE enrollments ADD COLUMN cohort_group TEXT NOT NULL DEFAULT '';
