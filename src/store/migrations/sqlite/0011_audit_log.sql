-- 0011 audit log (SQLite). Keep in step with postgres/0011_audit_log.sql.
--
-- An append-only record of platform-administrator and safeguarding actions (domain/audit.h).
-- The store's port can only insert and list; the triggers below also refuse UPDATE and DELETE
-- from any other client of the database file, so an entry once written stays as written.
-- No foreign keys to people: the log must outlive whatever happens to the accounts it names.
-- params is a JSON object of string values (never a sentence for people).
CREATE TABLE audit_log (
  id              TEXT    NOT NULL PRIMARY KEY,
  organisation_id TEXT    REFERENCES organisations (id),  -- NULL: platform-wide
  platform        INTEGER NOT NULL,                      -- 1: a platform administrator's action
  actor_id        TEXT,                                  -- NULL: the command line
  action          TEXT    NOT NULL,
  subject_id      TEXT,
  params          TEXT    NOT NULL,
  created_at      INTEGER NOT NULL
) WITHOUT ROWID, STRICT;
CREATE INDEX audit_log_org_idx ON audit_log (organisation_id, created_at, id);
CREATE INDEX audit_log_platform_idx ON audit_log (platform, created_at, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
