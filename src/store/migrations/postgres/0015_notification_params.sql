-- 0015 notification parameters (PostgreSQL). Keep in step with sqlite/0015_notification_params.sql.
--
-- A notification is a kind plus structured parameters (domain/notification.h), rendered by the
-- reader's app in the reader's language; it no longer stores an English sentence. params is a
-- JSON object of string values (as audit_log.params). Rows written before this migration keep
-- '{}': their sentence is dropped with the column, and readers show a generic line for the kind.
ALTER TABLE notifications ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
ALTER TABLE notifications DROP COLUMN text;
