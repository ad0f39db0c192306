-- 0002 matching (PostgreSQL). Keep in step with sqlite/0002_matching.sql: same tables,
-- columns, constraint and index names; only types and storage clauses differ.
--
-- Conventions as in 0001. Instants that may not have happened yet (published_at, decided_at,
-- read_at) are NULL until they do. Organisation-owned tables are keyed by organisation_id first
-- and their foreign keys carry it; notifications are global (keyed by person).

-- One row per program; priorities are "criterion=priority;criterion=priority" in the order
-- given (names are validated by the domain and contain neither '=' nor ';').
CREATE TABLE matching_settings (
  organisation_id        TEXT    NOT NULL,
  program_id             TEXT    NOT NULL,
  priorities             TEXT    NOT NULL DEFAULT '',
  max_mentors_per_mentee INTEGER NOT NULL,
  require_acceptance     INTEGER NOT NULL CHECK (require_acceptance IN (0, 1)),
  request_expiry_days    INTEGER NOT NULL,
  priority_field         TEXT    NOT NULL DEFAULT '',
  priority_value         TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, program_id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);

-- A coordinator's "never pair these two" in one program.
CREATE TABLE exclusions (
  organisation_id TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  mentee_id       TEXT    NOT NULL REFERENCES people (id),
  mentor_id       TEXT    NOT NULL REFERENCES people (id),
  reason          TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, program_id, mentee_id, mentor_id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
CREATE INDEX exclusions_created_idx ON exclusions (organisation_id, program_id, created_at);

-- Scopes are comma-separated person ids ('' = everyone active in that role): a snapshot of
-- the round's input, never queried by member.
CREATE TABLE match_rounds (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  objective       TEXT    NOT NULL,
  status          TEXT    NOT NULL,
  mentee_scope    TEXT    NOT NULL DEFAULT '',
  mentor_scope    TEXT    NOT NULL DEFAULT '',
  created_by      TEXT    REFERENCES people (id),  -- NULL: the command line (operator)
  created_at      BIGINT  NOT NULL,
  published_at    BIGINT,  -- NULL until published
  total_score     INTEGER NOT NULL DEFAULT 0,
  matched         INTEGER NOT NULL DEFAULT 0,
  unmatched       INTEGER NOT NULL DEFAULT 0,
  priority_cost   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
CREATE INDEX match_rounds_program_idx ON match_rounds (organisation_id, program_id, created_at);

-- A round's output, replaced wholesale on every run (~10,000 rows is normal). No foreign keys
-- to people: the rows come from enrolled people, and on PostgreSQL each foreign key costs a
-- per-row check (about 40 ms per 10,000 rows).
CREATE TABLE proposals (
  organisation_id TEXT    NOT NULL,
  round_id        TEXT    NOT NULL,
  mentee_id       TEXT    NOT NULL,
  mentor_id       TEXT    NOT NULL,
  score           INTEGER NOT NULL,
  explanation     TEXT    NOT NULL DEFAULT '',
  locked          INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  PRIMARY KEY (organisation_id, round_id, mentee_id, mentor_id),
  FOREIGN KEY (organisation_id, round_id)
    REFERENCES match_rounds (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE unmatched (
  organisation_id TEXT NOT NULL,
  round_id        TEXT NOT NULL,
  mentee_id       TEXT NOT NULL,
  reason          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, round_id, mentee_id),
  FOREIGN KEY (organisation_id, round_id)
    REFERENCES match_rounds (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE relationships (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  mentee_id       TEXT    NOT NULL REFERENCES people (id),
  mentor_id       TEXT    NOT NULL REFERENCES people (id),
  status          TEXT    NOT NULL,  -- proposed / active / declined / ended
  source          TEXT    NOT NULL,
  mentee_accepted INTEGER NOT NULL DEFAULT 0 CHECK (mentee_accepted IN (0, 1)),
  mentor_accepted INTEGER NOT NULL DEFAULT 0 CHECK (mentor_accepted IN (0, 1)),
  score           INTEGER NOT NULL DEFAULT 0,
  explanation     TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
-- CountCapacityUse.
CREATE INDEX relationships_capacity_idx
  ON relationships (organisation_id, program_id, mentor_id, status);
-- ListRelationships (newest first).
CREATE INDEX relationships_program_idx ON relationships (organisation_id, program_id, created_at);
-- ListRelationshipsOfPerson (all organisations).
CREATE INDEX relationships_mentee_idx ON relationships (mentee_id, created_at);
CREATE INDEX relationships_mentor_idx ON relationships (mentor_id, created_at);
-- A mentee holds at most one open (proposed or active) relationship with a mentor in a program.
CREATE UNIQUE INDEX relationships_open_pair_key
  ON relationships (organisation_id, program_id, mentee_id, mentor_id)
  WHERE status IN ('proposed', 'active');

-- Self-match requests. Expiry is derived from expires_at; status stays 'pending'.
CREATE TABLE mentor_requests (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  mentee_id       TEXT    NOT NULL REFERENCES people (id),
  mentor_id       TEXT    NOT NULL REFERENCES people (id),
  message         TEXT    NOT NULL DEFAULT '',
  status          TEXT    NOT NULL,
  decline_reason  TEXT    NOT NULL DEFAULT '',
  score           INTEGER NOT NULL DEFAULT 0,
  explanation     TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  expires_at      BIGINT  NOT NULL,
  decided_at      BIGINT,  -- NULL while undecided
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
CREATE INDEX mentor_requests_mentee_idx
  ON mentor_requests (organisation_id, program_id, mentee_id, created_at);
CREATE INDEX mentor_requests_mentor_idx ON mentor_requests (mentor_id, created_at);

-- Global: in-app notices, keyed by the person they are for.
CREATE TABLE notifications (
  id              TEXT    NOT NULL PRIMARY KEY,
  person_id       TEXT    NOT NULL REFERENCES people (id),
  organisation_id TEXT    REFERENCES organisations (id),  -- NULL: about no one organisation
  kind            TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  link            TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  read_at         BIGINT  -- NULL while unread
);
CREATE INDEX notifications_person_idx ON notifications (person_id, created_at);

-- A mentee's wish for a mentor from outside their own organisation (a matching criterion).
ALTER TABLE profiles ADD COLUMN wants_outside_mentor INTEGER NOT NULL DEFAULT 0
  CHECK (wants_outside_mentor IN (0, 1));
