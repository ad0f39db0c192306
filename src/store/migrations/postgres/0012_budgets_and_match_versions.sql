-- 0012 request budgets and match-data versions (PostgreSQL). Keep in step with
-- sqlite/0012_budgets_and_match_versions.sql.
--
-- request_budgets: how many expensive requests a person made in one fixed window
-- (domain/request_budget.h). One row per (bucket, window); rows of past windows are deleted as
-- new ones are charged. In the database, so every server behind a load balancer counts
-- against the same budget.
CREATE TABLE request_budgets (
  bucket       TEXT    NOT NULL,  -- '<budget>:<person id>'
  window_start BIGINT  NOT NULL,  -- ms since the epoch, a multiple of the budget's window
  used         INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX request_budgets_window_idx ON request_budgets (window_start);

-- match_data_versions: a counter per program that moves whenever anything a program's
-- prepared match data (app/match_context.h) is built from changes: the program, its settings,
-- exclusions, relationships and enrollments, and the people enrolled in it (names, profiles,
-- memberships). The triggers below move it, so no write path can forget to; servers compare
-- it with the version their cached data was built from (app/match_cache.h).
CREATE TABLE match_data_versions (
  program_id TEXT   NOT NULL PRIMARY KEY,
  version    BIGINT NOT NULL
);
INSERT INTO match_data_versions (program_id, version) SELECT id, 1 FROM programs;

CREATE FUNCTION match_data_bump_programs(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE match_data_versions SET version = version + 1 WHERE program_id = ANY (ids);
$$;
CREATE FUNCTION match_data_bump_people(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id IN (SELECT program_id FROM enrollments WHERE person_id = ANY (ids));
$$;

CREATE FUNCTION programs_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO match_data_versions (program_id, version) VALUES (NEW.id, 1)
      ON CONFLICT (program_id) DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM match_data_bump_programs(ARRAY[NEW.id, OLD.id]);
  ELSE
    DELETE FROM match_data_versions WHERE program_id = OLD.id;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER programs_match_version AFTER INSERT OR UPDATE OR DELETE ON programs
  FOR EACH ROW EXECUTE FUNCTION programs_match_version();

-- Tables with a program_id: that program.
CREATE FUNCTION match_data_program_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM match_data_bump_programs(ARRAY[NEW.program_id]);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM match_data_bump_programs(ARRAY[NEW.program_id, OLD.program_id]);
  ELSE
    PERFORM match_data_bump_programs(ARRAY[OLD.program_id]);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER matching_settings_match_version AFTER INSERT OR UPDATE OR DELETE
  ON matching_settings FOR EACH ROW EXECUTE FUNCTION match_data_program_row();
CREATE TRIGGER exclusions_match_version AFTER INSERT OR UPDATE OR DELETE
  ON exclusions FOR EACH ROW EXECUTE FUNCTION match_data_program_row();
CREATE TRIGGER relationships_match_version AFTER INSERT OR UPDATE OR DELETE
  ON relationships FOR EACH ROW EXECUTE FUNCTION match_data_program_row();

-- Enrollments: the row's program and every program the person is in (the participants' facts
-- are merged across their enrollments).
CREATE FUNCTION enrollments_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM match_data_bump_programs(ARRAY[NEW.program_id]);
    PERFORM match_data_bump_people(ARRAY[NEW.person_id]);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM match_data_bump_programs(ARRAY[NEW.program_id, OLD.program_id]);
    PERFORM match_data_bump_people(ARRAY[NEW.person_id, OLD.person_id]);
  ELSE
    PERFORM match_data_bump_programs(ARRAY[OLD.program_id]);
    PERFORM match_data_bump_people(ARRAY[OLD.person_id]);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_match_version AFTER INSERT OR UPDATE OR DELETE ON enrollments
  FOR EACH ROW EXECUTE FUNCTION enrollments_match_version();

-- Tables about a person: every program the person is enrolled in. TG_ARGV[0] names the
-- column that holds the person's id.
CREATE FUNCTION match_data_person_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM match_data_bump_people(ARRAY[to_jsonb(NEW) ->> TG_ARGV[0]]);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM match_data_bump_people(
        ARRAY[to_jsonb(NEW) ->> TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[0]]);
  ELSE
    PERFORM match_data_bump_people(ARRAY[to_jsonb(OLD) ->> TG_ARGV[0]]);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER people_match_version AFTER UPDATE ON people
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('id');
CREATE TRIGGER memberships_match_version AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profiles_match_version AFTER INSERT OR UPDATE OR DELETE ON profiles
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_skills_teach_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_skills_teach
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_skills_learn_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_skills_learn
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_interests_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_interests
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_goals_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_goals
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_goal_tags_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_goal_tags
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_languages_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_languages
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE TRIGGER profile_background_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_background
  FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
