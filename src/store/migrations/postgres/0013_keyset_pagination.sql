-- 0013 keyset pagination (PostgreSQL). Keep in step with sqlite/0013_keyset_pagination.sql.
--
-- Every list the API serves is read a page at a time: WHERE <filters> AND (sort key) > (the
-- last row's key) ORDER BY <sort key> LIMIT n + 1 (store/keyset.h). These indexes hold each
-- list's equality filters followed by its whole sort key, so both databases answer a page,
-- however deep, with one index range scan that stops after n + 1 rows. Indexes that were a
-- prefix of a new one are dropped.

-- By name: lower(name), name, id.
CREATE INDEX organisations_name_idx ON organisations (lower(name), name, id);
CREATE INDEX people_name_idx ON people (lower(name), name, id);  -- members, enrollments
CREATE INDEX programs_name_idx ON programs (organisation_id, lower(name), name, id);
CREATE INDEX taxonomy_terms_label_idx ON taxonomy_terms (organisation_id, lower(label), label, id);

-- Newest first: created_at, id (descending scans of ascending indexes).
DROP INDEX enrollments_person_idx;
CREATE INDEX enrollments_person_idx ON enrollments (person_id, created_at, id);
DROP INDEX invitations_created_idx;
CREATE INDEX invitations_created_idx ON invitations (organisation_id, created_at, id);
DROP INDEX match_rounds_program_idx;
CREATE INDEX match_rounds_program_idx ON match_rounds (organisation_id, program_id, created_at, id);
DROP INDEX relationships_program_idx;
CREATE INDEX relationships_program_idx ON relationships (organisation_id, program_id, created_at, id);
DROP INDEX relationships_mentee_idx;
CREATE INDEX relationships_mentee_idx ON relationships (mentee_id, created_at, id);
DROP INDEX relationships_mentor_idx;
CREATE INDEX relationships_mentor_idx ON relationships (mentor_id, created_at, id);
DROP INDEX mentor_requests_mentee_idx;
CREATE INDEX mentor_requests_mentee_idx
  ON mentor_requests (organisation_id, program_id, mentee_id, created_at, id);
DROP INDEX mentor_requests_mentor_idx;
CREATE INDEX mentor_requests_mentor_idx ON mentor_requests (mentor_id, created_at, id);
DROP INDEX notifications_person_idx;
CREATE INDEX notifications_person_idx ON notifications (person_id, created_at, id);

-- Oldest first: created_at, mentee_id, mentor_id.
DROP INDEX exclusions_created_idx;
CREATE INDEX exclusions_created_idx
  ON exclusions (organisation_id, program_id, created_at, mentee_id, mentor_id);

-- Already in place: outbox_created_idx (created_at, seq), audit_log_org_idx and
-- audit_log_platform_idx (…, created_at, id).
