-- 0021 messages of a relationship's thread, read markers, flags, safety reports and a
-- program's watch list (postgres). Keep in step with sqlite/0021_messages.sql. See
-- domain/message.h.
--
-- Times are UTC milliseconds. A thread is its relationship's today; group threads (issue 10,
-- point 6) will add a nullable group_id beside relationship_id (exactly one set).
-- flag_reasons holds the screening's reason ids joined by commas ('' when not flagged).
CREATE TABLE messages (
  organisation_id  TEXT    NOT NULL,
  id               TEXT    NOT NULL,
  relationship_id  TEXT    NOT NULL,
  author_id        TEXT    NOT NULL REFERENCES people (id),
  body             TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  flag_reasons     TEXT    NOT NULL DEFAULT '',
  flag_status      TEXT    NOT NULL DEFAULT 'none'
                   CHECK (flag_status IN ('none', 'open', 'resolved')),
  flag_note        TEXT    NOT NULL DEFAULT '',
  flag_resolved_by TEXT,
  flag_resolved_at BIGINT  NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX messages_thread_idx ON messages (organisation_id, relationship_id, created_at, id);
CREATE INDEX messages_open_flags_idx ON messages (organisation_id, created_at, id)
  WHERE flag_status = 'open';
-- The live streams' catch-up read across servers (created_at after a point in time).
CREATE INDEX messages_created_idx ON messages (created_at);

-- Each reader's position in a thread: the newest message they have read, by (created_at, id).
-- It only moves forward (the upsert compares positions), so two tabs cannot move it back.
CREATE TABLE message_reads (
  organisation_id  TEXT    NOT NULL,
  relationship_id  TEXT    NOT NULL,
  person_id        TEXT    NOT NULL REFERENCES people (id),
  read_created_at  BIGINT  NOT NULL,
  read_message_id  TEXT    NOT NULL,
  updated_at       BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, relationship_id, person_id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX message_reads_person_idx ON message_reads (person_id);

-- A participant's report of a message or a concern, and the mentee's "I feel unsafe".
CREATE TABLE safety_reports (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  reporter_id     TEXT    NOT NULL REFERENCES people (id),
  message_id      TEXT,
  kind            TEXT    NOT NULL CHECK (kind IN ('message', 'concern', 'unsafe')),
  reason          TEXT    NOT NULL,
  text            TEXT    NOT NULL DEFAULT '',
  status          TEXT    NOT NULL CHECK (status IN ('open', 'resolved')),
  resolved_by     TEXT,
  resolution_note TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  resolved_at     BIGINT  NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX safety_reports_open_idx ON safety_reports (organisation_id, status, created_at, id);

-- A youth program's watch list, one row per entry, in the coordinator's order.
CREATE TABLE program_watch_words (
  organisation_id TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  word            TEXT    NOT NULL,
  PRIMARY KEY (organisation_id, program_id, position),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
