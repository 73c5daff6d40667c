-- Each contract carries how many enterprises and workers it covers, kept by a
-- trigger on contract_coverage in the writer's transaction (as the training
-- sessions' enrolment counters are): a list of contracts and its totals read
-- the contracts only, never a join to every coverage row of the scope.

ALTER TABLE "contract"
  ADD COLUMN "coverage_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "coverage_workers" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION contract_coverage_count() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND OLD.contract_id = NEW.contract_id AND OLD.worker_count = NEW.worker_count THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    UPDATE contract SET coverage_count = coverage_count - 1, coverage_workers = coverage_workers - OLD.worker_count WHERE id = OLD.contract_id\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    UPDATE contract SET coverage_count = coverage_count + 1, coverage_workers = coverage_workers + NEW.worker_count WHERE id = NEW.contract_id\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "contract_coverage_count" AFTER INSERT OR UPDATE OR DELETE ON "contract_coverage"
  FOR EACH ROW EXECUTE FUNCTION contract_coverage_count();

-- Changing only the counters changes no dashboard figure (the dashboard reads
-- the coverage rows, whose own trigger marks them).
DROP TRIGGER "contract_dashboard_mark" ON "contract";
CREATE TRIGGER "contract_dashboard_mark" AFTER INSERT OR DELETE ON "contract"
  FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "contract_dashboard_mark_update" AFTER UPDATE ON "contract"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - '{coverage_count,coverage_workers}'::text[]) IS DISTINCT FROM (to_jsonb(NEW) - '{coverage_count,coverage_workers}'::text[]))
  EXECUTE FUNCTION dashboard_mark('org_id');
DROP TRIGGER "contract_dashboard_covered" ON "contract";
CREATE TRIGGER "contract_dashboard_covered" AFTER DELETE ON "contract"
  FOR EACH ROW EXECUTE FUNCTION dashboard_mark_dependants('SELECT e.area_org_id FROM contract_coverage cc JOIN enterprise e ON e.id = cc.enterprise_id WHERE cc.contract_id = $1::uuid');
CREATE TRIGGER "contract_dashboard_covered_update" AFTER UPDATE ON "contract"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - '{coverage_count,coverage_workers}'::text[]) IS DISTINCT FROM (to_jsonb(NEW) - '{coverage_count,coverage_workers}'::text[]))
  EXECUTE FUNCTION dashboard_mark_dependants('SELECT e.area_org_id FROM contract_coverage cc JOIN enterprise e ON e.id = cc.enterprise_id WHERE cc.contract_id = $1::uuid');

-- Every contract's counters from its coverage rows: this migration's backfill,
-- and the benchmark's generator, which loads coverage with triggers off.
CREATE FUNCTION contract_recount() RETURNS void LANGUAGE sql AS E'
  UPDATE contract c SET coverage_count = x.n, coverage_workers = x.w
  FROM (SELECT contract_id, count(*)::int AS n, sum(worker_count)::int AS w FROM contract_coverage GROUP BY contract_id) AS x
  WHERE x.contract_id = c.id
';

SELECT contract_recount();
