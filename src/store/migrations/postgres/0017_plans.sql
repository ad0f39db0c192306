-- 0017 engagement plans and program plan templates (postgres). Keep in step with
-- sqlite/0017_plans.sql. See domain/plan.h.
--
-- A goal and its milestones are written together under the goal's version (optimistic
-- concurrency: an update names the version it read). Due dates are calendar dates
-- 'YYYY-MM-DD' ('' for none).
CREATE TABLE plan_goals (
  organisation_id TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  relationship_id TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  title           TEXT    NOT NULL,
  description     TEXT    NOT NULL DEFAULT '',
  owner           TEXT    NOT NULL CHECK (owner IN ('mentee', 'mentor')),
  due_date        TEXT    NOT NULL DEFAULT '',
  status          TEXT    NOT NULL
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'dropped')),
  version         INTEGER NOT NULL CHECK (version >= 1),
  created_at      BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, relationship_id) REFERENCES relationships (organisation_id, id)
);
CREATE INDEX plan_goals_relationship_idx ON plan_goals (organisation_id, relationship_id, position);

CREATE TABLE plan_milestones (
  organisation_id TEXT    NOT NULL,
  goal_id         TEXT    NOT NULL,
  id              TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  title           TEXT    NOT NULL,
  description     TEXT    NOT NULL DEFAULT '',
  owner           TEXT    NOT NULL CHECK (owner IN ('mentee', 'mentor')),
  due_date        TEXT    NOT NULL DEFAULT '',
  status          TEXT    NOT NULL
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'dropped')),
  PRIMARY KEY (organisation_id, goal_id, id),
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id)
);

-- A program's template: a small document (at most 50 goals of 50 milestones) edited as a
-- whole, so its goals are one JSON text: [{title, description, owner, due_week,
-- milestones: [{title, description, owner, due_week}]}].
CREATE TABLE plan_templates (
  organisation_id TEXT    NOT NULL,
  program_id      TEXT    NOT NULL,
  time_zone       TEXT    NOT NULL,
  goals           TEXT    NOT NULL,
  version         INTEGER NOT NULL CHECK (version >= 1),
  updated_by      TEXT    NOT NULL,
  updated_at      BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, program_id),
  FOREIGN KEY (organisation_id, program_id) REFERENCES programs (organisation_id, id)
);
