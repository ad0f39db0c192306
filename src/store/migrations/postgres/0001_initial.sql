-- 0001 initial schema (PostgreSQL). Keep in step with sqlite/0001_initial.sql: same tables, columns,
-- constraint and index names; only types and storage clauses differ.
--
-- Conventions: ids are TEXT (32 hex chars made by the app); instants are BIGINT milliseconds
-- since the Unix epoch; booleans are INTEGER 0/1; enums are their domain names as TEXT.
-- Organisation-owned tables are keyed by (organisation_id, id) and their foreign keys carry
-- organisation_id, so a later move to a sharded PostgreSQL needs no schema rewrite. People,
-- profiles, sessions, password resets, login failures and the outbox are global.

-- Global: accounts.
CREATE TABLE people (
  id                TEXT    NOT NULL PRIMARY KEY,
  email             TEXT    NOT NULL,
  name              TEXT    NOT NULL,
  password_hash     TEXT    NOT NULL DEFAULT '',
  locale            TEXT    NOT NULL DEFAULT 'en',
  is_platform_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_platform_admin IN (0, 1)),
  created_at        BIGINT  NOT NULL
);
CREATE UNIQUE INDEX people_email_key ON people (lower(email));

-- Tenants.
CREATE TABLE organisations (
  id         TEXT    NOT NULL PRIMARY KEY,
  name       TEXT    NOT NULL,
  slug       TEXT    NOT NULL,
  kind       TEXT    NOT NULL,
  created_at BIGINT  NOT NULL
);
CREATE UNIQUE INDEX organisations_slug_key ON organisations (lower(slug));

-- A person belongs to an organisation when a membership row exists (possibly with no roles).
CREATE TABLE memberships (
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  person_id       TEXT NOT NULL REFERENCES people (id),
  PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX memberships_person_idx ON memberships (person_id);

CREATE TABLE membership_roles (
  organisation_id TEXT NOT NULL,
  person_id       TEXT NOT NULL,
  role            TEXT NOT NULL,
  PRIMARY KEY (organisation_id, person_id, role),
  FOREIGN KEY (organisation_id, person_id)
    REFERENCES memberships (organisation_id, person_id) ON DELETE CASCADE
);

CREATE TABLE taxonomy_terms (
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  id              TEXT NOT NULL,
  kind            TEXT NOT NULL,
  label           TEXT NOT NULL,
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX taxonomy_terms_label_key ON taxonomy_terms (organisation_id, kind, lower(label));

CREATE TABLE programs (
  organisation_id         TEXT    NOT NULL REFERENCES organisations (id),
  id                      TEXT    NOT NULL,
  name                    TEXT    NOT NULL,
  description             TEXT    NOT NULL DEFAULT '',
  type                    TEXT    NOT NULL,
  audience                TEXT    NOT NULL,
  start_date              TEXT,  -- 'YYYY-MM-DD'; NULL when open-ended
  end_date                TEXT,
  default_mentor_capacity INTEGER NOT NULL,
  requires_approval       INTEGER NOT NULL CHECK (requires_approval IN (0, 1)),
  status                  TEXT    NOT NULL,
  created_at              BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE enrollments (
  organisation_id   TEXT    NOT NULL,
  id                TEXT    NOT NULL,
  program_id        TEXT    NOT NULL,
  person_id         TEXT    NOT NULL REFERENCES people (id),
  role              TEXT    NOT NULL,
  status            TEXT    NOT NULL,
  source            TEXT    NOT NULL,
  message           TEXT    NOT NULL DEFAULT '',
  screening_cleared INTEGER NOT NULL DEFAULT 0 CHECK (screening_cleared IN (0, 1)),
  training_complete INTEGER NOT NULL DEFAULT 0 CHECK (training_complete IN (0, 1)),
  created_at        BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
CREATE UNIQUE INDEX enrollments_person_role_key
  ON enrollments (organisation_id, program_id, person_id, role);
CREATE INDEX enrollments_person_idx ON enrollments (person_id, created_at);

CREATE TABLE invitations (
  organisation_id TEXT    NOT NULL REFERENCES organisations (id),
  id              TEXT    NOT NULL,
  email           TEXT    NOT NULL,
  token_hash      TEXT    NOT NULL,
  roles           TEXT    NOT NULL DEFAULT '',  -- comma-separated role names
  program_id      TEXT,                         -- NULL: organisation-level invitation
  program_role    TEXT,
  status          TEXT    NOT NULL,             -- pending / accepted / revoked
  invited_by      TEXT    NOT NULL REFERENCES people (id),
  created_at      BIGINT  NOT NULL,
  expires_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);
CREATE INDEX invitations_created_idx ON invitations (organisation_id, created_at);

-- Global: one profile per person, its lists in child tables ordered by position.
CREATE TABLE profiles (
  person_id                    TEXT    NOT NULL PRIMARY KEY REFERENCES people (id),
  headline                     TEXT    NOT NULL DEFAULT '',
  bio                          TEXT    NOT NULL DEFAULT '',
  time_zone                    TEXT    NOT NULL DEFAULT 'UTC',
  availability_hours_per_month INTEGER NOT NULL DEFAULT 0,
  mentor_capacity              INTEGER NOT NULL DEFAULT 1,
  accepts_external_mentees     INTEGER NOT NULL DEFAULT 0 CHECK (accepts_external_mentees IN (0, 1)),
  is_minor                     INTEGER NOT NULL DEFAULT 0 CHECK (is_minor IN (0, 1)),
  guardian_name                TEXT    NOT NULL DEFAULT '',
  guardian_email               TEXT    NOT NULL DEFAULT '',
  updated_at                   BIGINT  NOT NULL
);

CREATE TABLE profile_skills_teach (
  person_id TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  skill     TEXT    NOT NULL,
  level     INTEGER NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE profile_skills_learn (
  person_id     TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  skill         TEXT    NOT NULL,
  current_level INTEGER NOT NULL,
  target_level  INTEGER NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE profile_interests (
  person_id TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  label     TEXT    NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE profile_goals (
  person_id TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  text      TEXT    NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE profile_goal_tags (
  person_id     TEXT    NOT NULL,
  goal_position INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  tag           TEXT    NOT NULL,
  PRIMARY KEY (person_id, goal_position, position),
  FOREIGN KEY (person_id, goal_position)
    REFERENCES profile_goals (person_id, position) ON DELETE CASCADE
);

CREATE TABLE profile_languages (
  person_id TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  code      TEXT    NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE profile_background (
  person_id  TEXT    NOT NULL REFERENCES profiles (person_id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  field      TEXT    NOT NULL,
  value      TEXT    NOT NULL,
  visibility TEXT    NOT NULL,
  PRIMARY KEY (person_id, position)
);

-- Global: access records. Secrets are stored only as hashes.
CREATE TABLE sessions (
  id_hash    TEXT    NOT NULL PRIMARY KEY,
  person_id  TEXT    NOT NULL REFERENCES people (id),
  csrf_token TEXT    NOT NULL,
  created_at BIGINT  NOT NULL,
  expires_at BIGINT  NOT NULL
);
CREATE INDEX sessions_person_idx ON sessions (person_id);

CREATE TABLE password_resets (
  token_hash TEXT    NOT NULL PRIMARY KEY,
  person_id  TEXT    NOT NULL REFERENCES people (id),
  expires_at BIGINT  NOT NULL,
  used       INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
);
CREATE INDEX password_resets_person_idx ON password_resets (person_id);

CREATE TABLE login_failures (
  key TEXT    NOT NULL,  -- "account:<email>" or "address:<ip>"
  at  BIGINT  NOT NULL
);
CREATE INDEX login_failures_key_at_idx ON login_failures (key, at);

-- seq breaks ties between messages created in the same millisecond (insertion order).
CREATE TABLE outbox (
  seq        BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id         TEXT    NOT NULL,
  recipient  TEXT    NOT NULL,
  subject    TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  created_at BIGINT  NOT NULL
);
CREATE UNIQUE INDEX outbox_id_key ON outbox (id);
CREATE INDEX outbox_created_idx ON outbox (created_at, seq);
