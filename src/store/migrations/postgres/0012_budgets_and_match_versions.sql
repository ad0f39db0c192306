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
--
-- The triggers that move a version are deferred to commit (constraint triggers, INITIALLY
-- DEFERRED): the version row's lock is then the last one a transaction takes, after every
-- participant, round and person lock it takes on the way (docs/architecture.md, lock order), so
-- a use case that writes a profile before locking participants cannot wait in a cycle with one
-- that locked participants before writing a relationship.
CREATE TABLE match_data_versions (
  program_id TEXT   NOT NULL PRIMARY KEY,
  version    BIGINT NOT NULL
);
INSERT INTO match_data_versions (program_id, version) SELECT id, 1 FROM programs;

-- Moves the versions of the given programs and of every program the given people are enrolled
-- in, locking their rows in ascending program id first, so that two transactions bumping the
-- same programs take their locks in the same order.
CREATE FUNCTION match_data_bump(programs TEXT[], people TEXT[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM match_data_versions
   WHERE program_id = ANY (programs)
      OR program_id IN (SELECT program_id FROM enrollments WHERE person_id = ANY (people))
   ORDER BY program_id FOR UPDATE;
  UPDATE match_data_versions SET version = version + 1
   WHERE program_id = ANY (programs)
      OR program_id IN (SELECT program_id FROM enrollments WHERE person_id = ANY (people));
END;
$$;
CREATE FUNCTION match_data_bump_programs(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  SELECT match_data_bump(ids, ARRAY[]::TEXT[]);
$$;
CREATE FUNCTION match_data_bump_people(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  SELECT match_data_bump(ARRAY[]::TEXT[], ids);
$$;

CREATE FUNCTION programs_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO match_data_versions (program_id, version) VALUES (NEW.id, 1)
      ON CONFLICT (program_id) DO NOTHING;
  ELSE
    DELETE FROM match_data_versions WHERE program_id = OLD.id;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER programs_match_version AFTER INSERT OR DELETE ON programs
  FOR EACH ROW EXECUTE FUNCTION programs_match_version();
CREATE FUNCTION programs_match_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM match_data_bump(ARRAY[NEW.id, OLD.id], ARRAY[]::TEXT[]);
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER programs_match_version_update AFTER UPDATE ON programs
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION programs_match_version_update();

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
CREATE CONSTRAINT TRIGGER matching_settings_match_version AFTER INSERT OR UPDATE OR DELETE
  ON matching_settings DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_program_row();
CREATE CONSTRAINT TRIGGER exclusions_match_version AFTER INSERT OR UPDATE OR DELETE
  ON exclusions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_program_row();
CREATE CONSTRAINT TRIGGER relationships_match_version AFTER INSERT OR UPDATE OR DELETE
  ON relationships DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_program_row();

-- Enrollments: the row's program and every program the person is in (the participants' facts
-- are merged across their enrollments).
CREATE FUNCTION enrollments_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM match_data_bump(ARRAY[NEW.program_id], ARRAY[NEW.person_id]);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM match_data_bump(ARRAY[NEW.program_id, OLD.program_id],
                            ARRAY[NEW.person_id, OLD.person_id]);
  ELSE
    PERFORM match_data_bump(ARRAY[OLD.program_id], ARRAY[OLD.person_id]);
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER enrollments_match_version AFTER INSERT OR UPDATE OR DELETE ON enrollments
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
CREATE CONSTRAINT TRIGGER people_match_version AFTER UPDATE ON people
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('id');
CREATE CONSTRAINT TRIGGER memberships_match_version AFTER INSERT OR UPDATE OR DELETE ON memberships
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profiles_match_version AFTER INSERT OR UPDATE OR DELETE ON profiles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_skills_teach_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_skills_teach
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_skills_learn_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_skills_learn
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_interests_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_interests
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_goals_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_goals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_goal_tags_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_goal_tags
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_languages_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_languages
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
CREATE CONSTRAINT TRIGGER profile_background_match_version AFTER INSERT OR UPDATE OR DELETE ON profile_background
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_person_row('person_id');
