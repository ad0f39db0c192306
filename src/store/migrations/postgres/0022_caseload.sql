-- 0022 relationship managers, check-ins and their follow-ups, pulse surveys, and the program's
-- check-in and pulse cadences (postgres). Keep in step with sqlite/0022_caseload.sql. See
-- domain/checkin.h, domain/pulse.h and docs/relationship_health.md.
--
-- Times are UTC milliseconds; held_on, due_date and due_on are calendar dates 'YYYY-MM-DD'.

-- One row per relationship: its manager (NULL: nobody, an organisation without coordinators)
-- and when it was first seen active (the pulse schedule's day 0; NULL until then).
CREATE TABLE relationship_managers (
  organisation_id TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  manager_id      TEXT    REFERENCES people (id),
  assigned_by     TEXT    NOT NULL DEFAULT '',
  assigned_at     BIGINT  NOT NULL,
  active_since    BIGINT,
  PRIMARY KEY (organisation_id, relationship_id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX relationship_managers_manager_idx
  ON relationship_managers (organisation_id, manager_id);
-- Relationships from before this migration: nobody manages them yet; open ones count as
-- active since they were made.
INSERT INTO relationship_managers (organisation_id, relationship_id, manager_id, assigned_by,
                                   assigned_at, active_since)
  SELECT organisation_id, id, NULL, '', updated_at,
         CASE WHEN status IN ('active', 'paused') THEN created_at ELSE NULL END
  FROM relationships;

CREATE TABLE checkins (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  with_whom       TEXT    NOT NULL CHECK (with_whom IN ('mentee', 'mentor', 'both', 'guardian')),
  held_on         TEXT    NOT NULL,
  notes           TEXT    NOT NULL DEFAULT '',
  author_id       TEXT    NOT NULL REFERENCES people (id),
  created_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX checkins_relationship_idx
  ON checkins (organisation_id, relationship_id, held_on, id);

CREATE TABLE checkin_follow_ups (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  checkin_id      TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  due_date        TEXT    NOT NULL,
  done_at         BIGINT,
  done_by         TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, checkin_id) REFERENCES checkins (organisation_id, id)
);
CREATE INDEX checkin_follow_ups_checkin_idx
  ON checkin_follow_ups (organisation_id, checkin_id, position);
CREATE INDEX checkin_follow_ups_open_idx
  ON checkin_follow_ups (organisation_id, relationship_id, due_date) WHERE done_at IS NULL;

-- One survey per relationship, person and due date: the unique key is the claim that makes
-- several servers send each survey once.
CREATE TABLE pulse_surveys (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  person_id       TEXT    NOT NULL REFERENCES people (id),
  due_on          TEXT    NOT NULL,
  sent_at         BIGINT  NOT NULL,
  answered_at     BIGINT,
  rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
  met_since       INTEGER CHECK (met_since IN (0, 1)),
  comment         TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE UNIQUE INDEX pulse_surveys_claim_key
  ON pulse_surveys (organisation_id, relationship_id, person_id, due_on);
CREATE INDEX pulse_surveys_person_idx ON pulse_surveys (person_id, sent_at);
-- Each side's latest answer, for the caseload.
CREATE INDEX pulse_surveys_answers_idx
  ON pulse_surveys (organisation_id, relationship_id, person_id, answered_at);

-- Days between check-ins; pulse surveys' first day and interval (0: the defaults).
ALTER TABLE program_norms ADD COLUMN checkin_cadence_days INTEGER NOT NULL DEFAULT 0
  CHECK (checkin_cadence_days BETWEEN 0 AND 365);
ALTER TABLE program_norms ADD COLUMN pulse_first_days INTEGER NOT NULL DEFAULT 0
  CHECK (pulse_first_days BETWEEN 0 AND 365);
ALTER TABLE program_norms ADD COLUMN pulse_every_days INTEGER NOT NULL DEFAULT 0
  CHECK (pulse_every_days BETWEEN 0 AND 365);
