-- 0011 audit log (PostgreSQL). Keep in step with sqlite/0011_audit_log.sql.
--
-- An append-only record of platform-administrator and safeguarding actions (domain/audit.h).
-- The store's port can only insert and list; the trigger below also refuses UPDATE, DELETE
-- and TRUNCATE from any other client (a role that owns the table could still drop the
-- trigger: the guard is against mistakes and application-level tampering, not a superuser).
-- No foreign keys to people: the log must outlive whatever happens to the accounts it names.
-- params is a JSON object of string values (never a sentence for people).
CREATE TABLE audit_log (
  id              TEXT    NOT NULL PRIMARY KEY,
  organisation_id TEXT    REFERENCES organisations (id),  -- NULL: platform-wide
  platform        INTEGER NOT NULL CHECK (platform IN (0, 1)),  -- 1: a platform admin's action
  actor_id        TEXT,                                  -- NULL: the command line
  action          TEXT    NOT NULL,
  subject_id      TEXT,
  params          TEXT    NOT NULL,
  created_at      BIGINT  NOT NULL
);
CREATE INDEX audit_log_org_idx ON audit_log (organisation_id, created_at, id);
CREATE INDEX audit_log_platform_idx ON audit_log (platform, created_at, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
