-- 0016 program norms and the mentoring agreement (SQLite). Keep in step with
-- postgres/0016_agreements.sql. See domain/agreement.h.
--
-- A relationship may now wait for its program's agreement ('awaiting_agreement'); like
-- 'proposed' it holds the pair's place, so the open-pair index covers it too.
CREATE TABLE program_norms (
  organisation_id   TEXT    NOT NULL,
  program_id        TEXT    NOT NULL,
  expectations      TEXT    NOT NULL DEFAULT '',
  meeting_frequency TEXT    NOT NULL DEFAULT '',
  confidentiality   TEXT    NOT NULL DEFAULT '',
  ending            TEXT    NOT NULL DEFAULT '',
  updated_at        INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, program_id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
) WITHOUT ROWID, STRICT;

-- Versions are never changed or deleted: what someone accepted is what they saw.
CREATE TABLE agreement_versions (
  organisation_id TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  version         INTEGER NOT NULL CHECK (version >= 1),
  text            TEXT    NOT NULL,
  published_by    TEXT    NOT NULL,
  published_at    INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, program_id, version),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
) WITHOUT ROWID, STRICT;

-- One acceptance per party and version; person_id is '' for a guardian (no account).
CREATE TABLE agreement_acceptances (
  organisation_id TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  party           TEXT    NOT NULL CHECK (party IN ('mentee', 'mentor', 'guardian')),
  version         INTEGER NOT NULL,
  person_id       TEXT    NOT NULL DEFAULT '',
  accepted_at     INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, relationship_id, party, version),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
) WITHOUT ROWID, STRICT;

-- A guardian's single-purpose link: only the token's hash is stored.
CREATE TABLE agreement_guardian_links (
  token_hash      TEXT    NOT NULL PRIMARY KEY,
  organisation_id TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  version         INTEGER NOT NULL,
  email           TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
) WITHOUT ROWID, STRICT;
CREATE INDEX agreement_guardian_links_relationship_idx
  ON agreement_guardian_links (organisation_id, relationship_id);

DROP INDEX relationships_open_pair_key;
CREATE UNIQUE INDEX relationships_open_pair_key
  ON relationships (organisation_id, program_id, mentee_id, mentor_id)
  WHERE status IN ('proposed', 'active', 'awaiting_agreement');
