-- A 产改 plan has a version, raised by every write to the tasks of the plan,
-- their milestones and its areas (and to the organisation or year of the
-- plan): what the app reads from the tasks of a plan to derive their statuses
-- is kept per process for as long as the version of the plan stands
-- (lib/reform/queries.ts). The figures of a province derive some 5,700 tasks a
-- year, and read afresh on every visit to 首页 they cost ~200 ms, most of it rows
-- that had not changed. Kept in the database, the version holds across app
-- processes.

ALTER TABLE "reform_plan" ADD COLUMN "version" BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION reform_plan_touch() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  r record\073
BEGIN
  IF TG_OP = ''DELETE'' THEN r := OLD\073 ELSE r := NEW\073 END IF\073
  IF TG_TABLE_NAME = ''reform_milestone'' THEN
    UPDATE reform_plan SET version = version + 1 WHERE id = (SELECT plan_id FROM reform_task WHERE id = r.task_id)\073
  ELSE
    UPDATE reform_plan SET version = version + 1 WHERE id = r.plan_id\073
    IF TG_OP = ''UPDATE'' AND OLD.plan_id IS DISTINCT FROM NEW.plan_id THEN
      UPDATE reform_plan SET version = version + 1 WHERE id = OLD.plan_id\073
    END IF\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER reform_task_touch_plan AFTER INSERT OR UPDATE OR DELETE ON "reform_task" FOR EACH ROW EXECUTE FUNCTION reform_plan_touch();
CREATE TRIGGER reform_milestone_touch_plan AFTER INSERT OR UPDATE OR DELETE ON "reform_milestone" FOR EACH ROW EXECUTE FUNCTION reform_plan_touch();
CREATE TRIGGER reform_area_touch_plan AFTER INSERT OR UPDATE OR DELETE ON "reform_area" FOR EACH ROW EXECUTE FUNCTION reform_plan_touch();

CREATE FUNCTION reform_plan_moved() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW.version := OLD.version + 1\073
  RETURN NEW\073
END
';

CREATE TRIGGER reform_plan_moved BEFORE UPDATE OF org_id, year ON "reform_plan" FOR EACH ROW
  WHEN (OLD.org_id IS DISTINCT FROM NEW.org_id OR OLD.year IS DISTINCT FROM NEW.year) EXECUTE FUNCTION reform_plan_moved();
