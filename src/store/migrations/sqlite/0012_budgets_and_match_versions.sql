-- 0012 request budgets and match-data versions (SQLite). Keep in step with
-- postgres/0012_budgets_and_match_versions.sql.
--
-- request_budgets: how many expensive requests a person made in one fixed window
-- (domain/request_budget.h). One row per (bucket, window); rows of past windows are deleted as
-- new ones are charged. In the database, so every server behind a load balancer counts
-- against the same budget.
CREATE TABLE request_budgets (
  bucket       TEXT    NOT NULL,  -- '<budget>:<person id>'
  window_start INTEGER NOT NULL,  -- ms since the epoch, a multiple of the budget's window
  used         INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
) WITHOUT ROWID, STRICT;
CREATE INDEX request_budgets_window_idx ON request_budgets (window_start);

-- match_data_versions: a counter per program that moves whenever anything a program's
-- prepared match data (app/match_context.h) is built from changes: the program, its settings,
-- exclusions, relationships and enrollments, and the people enrolled in it (names, profiles,
-- memberships). The triggers below move it, so no write path can forget to; servers compare
-- it with the version their cached data was built from (app/match_cache.h).
CREATE TABLE match_data_versions (
  program_id TEXT    NOT NULL PRIMARY KEY,
  version    INTEGER NOT NULL
) WITHOUT ROWID, STRICT;
INSERT INTO match_data_versions (program_id, version) SELECT id, 1 FROM programs;

CREATE TRIGGER programs_match_version_insert AFTER INSERT ON programs BEGIN
  INSERT OR IGNORE INTO match_data_versions (program_id, version) VALUES (NEW.id, 1);
END;
CREATE TRIGGER programs_match_version_update AFTER UPDATE ON programs BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = NEW.id;
END;
CREATE TRIGGER programs_match_version_delete AFTER DELETE ON programs BEGIN
  DELETE FROM match_data_versions WHERE program_id = OLD.id;
END;

-- Tables with a program_id: that program.
CREATE TRIGGER matching_settings_mv_i AFTER INSERT ON matching_settings BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = NEW.program_id;
END;
CREATE TRIGGER matching_settings_mv_u AFTER UPDATE ON matching_settings BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (NEW.program_id, OLD.program_id);
END;
CREATE TRIGGER matching_settings_mv_d AFTER DELETE ON matching_settings BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = OLD.program_id;
END;
CREATE TRIGGER exclusions_mv_i AFTER INSERT ON exclusions BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = NEW.program_id;
END;
CREATE TRIGGER exclusions_mv_u AFTER UPDATE ON exclusions BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (NEW.program_id, OLD.program_id);
END;
CREATE TRIGGER exclusions_mv_d AFTER DELETE ON exclusions BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = OLD.program_id;
END;
CREATE TRIGGER relationships_mv_i AFTER INSERT ON relationships BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = NEW.program_id;
END;
CREATE TRIGGER relationships_mv_u AFTER UPDATE ON relationships BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (NEW.program_id, OLD.program_id);
END;
CREATE TRIGGER relationships_mv_d AFTER DELETE ON relationships BEGIN
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = OLD.program_id;
END;

-- Enrollments: the row's program and every program the person is in (the participants' facts
-- are merged across their enrollments).
CREATE TRIGGER enrollments_mv_i AFTER INSERT ON enrollments BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id = NEW.program_id
      OR program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER enrollments_mv_u AFTER UPDATE ON enrollments BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (NEW.program_id, OLD.program_id)
      OR program_id IN (SELECT program_id FROM enrollments
                         WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER enrollments_mv_d AFTER DELETE ON enrollments BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id = OLD.program_id
      OR program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;

-- Tables about a person: every program the person is enrolled in.
CREATE TRIGGER people_mv_u AFTER UPDATE ON people BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.id);
END;
CREATE TRIGGER memberships_mv_i AFTER INSERT ON memberships BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER memberships_mv_u AFTER UPDATE ON memberships BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER memberships_mv_d AFTER DELETE ON memberships BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profiles_mv_i AFTER INSERT ON profiles BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profiles_mv_u AFTER UPDATE ON profiles BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profiles_mv_d AFTER DELETE ON profiles BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_skills_teach_mv_i AFTER INSERT ON profile_skills_teach BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_skills_teach_mv_u AFTER UPDATE ON profile_skills_teach BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_skills_teach_mv_d AFTER DELETE ON profile_skills_teach BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_skills_learn_mv_i AFTER INSERT ON profile_skills_learn BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_skills_learn_mv_u AFTER UPDATE ON profile_skills_learn BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_skills_learn_mv_d AFTER DELETE ON profile_skills_learn BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_interests_mv_i AFTER INSERT ON profile_interests BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_interests_mv_u AFTER UPDATE ON profile_interests BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_interests_mv_d AFTER DELETE ON profile_interests BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_goals_mv_i AFTER INSERT ON profile_goals BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_goals_mv_u AFTER UPDATE ON profile_goals BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_goals_mv_d AFTER DELETE ON profile_goals BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_goal_tags_mv_i AFTER INSERT ON profile_goal_tags BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_goal_tags_mv_u AFTER UPDATE ON profile_goal_tags BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_goal_tags_mv_d AFTER DELETE ON profile_goal_tags BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_languages_mv_i AFTER INSERT ON profile_languages BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_languages_mv_u AFTER UPDATE ON profile_languages BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_languages_mv_d AFTER DELETE ON profile_languages BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
CREATE TRIGGER profile_background_mv_i AFTER INSERT ON profile_background BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = NEW.person_id);
END;
CREATE TRIGGER profile_background_mv_u AFTER UPDATE ON profile_background BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id IN (NEW.person_id, OLD.person_id));
END;
CREATE TRIGGER profile_background_mv_d AFTER DELETE ON profile_background BEGIN
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = OLD.person_id);
END;
