-- AlterTable
ALTER TABLE "dashboard_refresh" ADD COLUMN     "fresh_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "dashboard_mark" (
    "id" BIGSERIAL NOT NULL,
    "table_name" VARCHAR(63) NOT NULL,
    "org_id" INTEGER NOT NULL,

    CONSTRAINT "dashboard_mark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dashboard_org_fact" (
    "source" VARCHAR(30) NOT NULL,
    "org_id" INTEGER NOT NULL,
    "metric" VARCHAR(60) NOT NULL,
    "day" DATE NOT NULL,
    "v" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "dashboard_org_fact_pkey" PRIMARY KEY ("source","org_id","metric","day")
);

-- CreateTable
CREATE TABLE "dashboard_org_last" (
    "source" VARCHAR(30) NOT NULL,
    "org_id" INTEGER NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dashboard_org_last_pkey" PRIMARY KEY ("source","org_id")
);

-- Marks for the dashboard refresher (lib/dashboard/facts.ts). Every write to a
-- table a dashboard source reads records, in the writer transaction, the
-- organisation whose figures it may change: the refresher recomputes that
-- organisation facts and folds the difference into the rollup. Triggers are
-- the one place every module writes (API, imports, transfers, scripts) pass.

-- The organisation a row counts under: `col` (a column of the row), or
-- `parent.fk` (the parent row org_id), or `parent.fk.col` (that column of the parent).
CREATE FUNCTION dashboard_mark_org(r jsonb, loc text) RETURNS integer LANGUAGE plpgsql STABLE AS E'
DECLARE
  p text[] := string_to_array(loc, ''.'')\073
  org integer\073
BEGIN
  IF r IS NULL THEN
    RETURN NULL\073
  END IF\073
  IF cardinality(p) = 1 THEN
    RETURN (r ->> p[1])::integer\073
  END IF\073
  IF r ->> p[2] IS NULL THEN
    RETURN NULL\073
  END IF\073
  EXECUTE format(''SELECT %I FROM %I WHERE id = %L'', coalesce(p[3], ''org_id''), p[1], r ->> p[2]) INTO org\073
  RETURN org\073
END
';

-- AFTER each row: TG_ARGV[0] = where the organisation is (see above).
CREATE FUNCTION dashboard_mark() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  o integer\073
  n integer\073
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    o := dashboard_mark_org(to_jsonb(OLD), TG_ARGV[0])\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    n := dashboard_mark_org(to_jsonb(NEW), TG_ARGV[0])\073
  END IF\073
  IF o IS NOT NULL THEN
    INSERT INTO dashboard_mark (table_name, org_id) VALUES (TG_TABLE_NAME, o)\073
  END IF\073
  IF n IS NOT NULL AND n IS DISTINCT FROM o THEN
    INSERT INTO dashboard_mark (table_name, org_id) VALUES (TG_TABLE_NAME, n)\073
  END IF\073
  RETURN NULL\073
END
';

-- A row other rows depend on (an activity type code, a contract terms for
-- the enterprises it covers): marks the organisations of the dependent rows.
-- TG_ARGV[0] = the query giving those organisations for the row id ($1).
CREATE FUNCTION dashboard_mark_dependants() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  id text := CASE WHEN TG_OP = ''DELETE'' THEN to_jsonb(OLD) ->> ''id'' ELSE to_jsonb(NEW) ->> ''id'' END\073
BEGIN
  EXECUTE format(''INSERT INTO dashboard_mark (table_name, org_id) SELECT DISTINCT %L, x.org FROM (%s) AS x(org) WHERE x.org IS NOT NULL'', TG_TABLE_NAME, TG_ARGV[0]) USING id\073
  RETURN NULL\073
END
';

-- An organisation moved to another parent: every figure of its subtree moves
-- between rollup nodes. Rare (an an administrator act): the refresher rebuilds.
-- A new organisation gets its ancestors right after its insert (from empty).
CREATE FUNCTION dashboard_mark_move() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF cardinality(OLD.ancestor_ids) > 0 AND OLD.ancestor_ids IS DISTINCT FROM NEW.ancestor_ids THEN
    INSERT INTO dashboard_mark (table_name, org_id) VALUES (''*'', NEW.id)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "member_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "member" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "organisation_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "organisation" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('id');
CREATE TRIGGER "organisation_dashboard_move" AFTER UPDATE OF "ancestor_ids" ON "organisation" FOR EACH ROW EXECUTE FUNCTION dashboard_mark_move();
CREATE TRIGGER "enterprise_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "enterprise" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('area_org_id');
CREATE TRIGGER "contract_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "contract" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "contract_dashboard_covered" AFTER UPDATE OR DELETE ON "contract" FOR EACH ROW EXECUTE FUNCTION dashboard_mark_dependants('SELECT e.area_org_id FROM contract_coverage cc JOIN enterprise e ON e.id = cc.enterprise_id WHERE cc.contract_id = $1::uuid');
CREATE TRIGGER "contract_coverage_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "contract_coverage" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('enterprise.enterprise_id.area_org_id');
CREATE TRIGGER "training_session_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "training_session" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "training_enrolment_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "training_enrolment" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('training_session.session_id');
CREATE TRIGGER "competition_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "competition" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "competition_entry_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "competition_entry" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('competition.competition_id');
CREATE TRIGGER "studio_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "studio" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "honour_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "honour" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "model_worker_service_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "model_worker_service" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "activity_record_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "activity_record" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "activity_type_dashboard_mark" AFTER UPDATE OR DELETE ON "activity_type" FOR EACH ROW EXECUTE FUNCTION dashboard_mark_dependants('SELECT org_id FROM activity_record WHERE type_id = $1::int');
CREATE TRIGGER "hardship_file_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "hardship_file" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "grant_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "grant" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "fund_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "fund" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "assist_order_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "assist_order" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "assist_visit_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "assist_visit" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('assist_order.order_id');
CREATE TRIGGER "rights_case_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "rights_case" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('receiving_org_id');
