-- 0019 meetings, their authors' private notes, calendar feeds and the program's meeting cadence
-- (postgres). Keep in step with sqlite/0019_meetings.sql. See domain/meeting.h.
--
-- Times are UTC milliseconds. A meeting that Tandem proposed after a held one names it in
-- follows_meeting_id; the unique index makes that proposal happen once, whoever logs the held
-- meeting and however often.
CREATE TABLE meetings (
  organisation_id    TEXT    NOT NULL,
  id                 TEXT    NOT NULL,
  relationship_id    TEXT    NOT NULL,
  start_at           BIGINT  NOT NULL,
  duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  mode               TEXT    NOT NULL CHECK (mode IN ('online', 'in_person')),
  location           TEXT    NOT NULL DEFAULT '',
  agenda             TEXT    NOT NULL DEFAULT '',
  time_zone          TEXT    NOT NULL,
  status             TEXT    NOT NULL
                     CHECK (status IN ('proposed', 'accepted', 'declined', 'cancelled', 'held')),
  proposer           TEXT    NOT NULL CHECK (proposer IN ('mentee', 'mentor', 'system')),
  shared_notes       TEXT    NOT NULL DEFAULT '',
  sequence           INTEGER NOT NULL CHECK (sequence >= 0),
  follows_meeting_id TEXT,
  created_at         BIGINT  NOT NULL,
  updated_at         BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX meetings_relationship_start_idx
  ON meetings (organisation_id, relationship_id, start_at, id);
CREATE UNIQUE INDEX meetings_follows_key
  ON meetings (organisation_id, follows_meeting_id) WHERE follows_meeting_id IS NOT NULL;

-- Private notes: one text per meeting and author, read only by its author.
CREATE TABLE meeting_private_notes (
  organisation_id TEXT    NOT NULL,
  meeting_id      TEXT    NOT NULL,
  author_id       TEXT    NOT NULL REFERENCES people (id),
  text            TEXT    NOT NULL,
  updated_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, meeting_id, author_id),
  FOREIGN KEY (organisation_id, meeting_id) REFERENCES meetings (organisation_id, id)
);

-- A person's calendar feed: the BLAKE2b hash of its secret, never the secret.
CREATE TABLE calendar_feeds (
  person_id   TEXT    NOT NULL PRIMARY KEY REFERENCES people (id),
  secret_hash TEXT    NOT NULL UNIQUE,
  created_at  BIGINT  NOT NULL
);

-- Days between meetings (0: the default for the program's audience, domain/meeting.h).
ALTER TABLE program_norms ADD COLUMN meeting_cadence_days INTEGER NOT NULL DEFAULT 0
  CHECK (meeting_cadence_days BETWEEN 0 AND 365);
