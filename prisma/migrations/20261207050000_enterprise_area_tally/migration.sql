-- 建会率 per area, kept by the writes. The /enterprises page shows the
-- unionisation figures of its scope beside the list, read until now from the
-- area index of every enterprise located in the scope: for a county of 20
-- million members 14,000 index entries of 91 areas added up on every page
-- (4.5 ms of the database, the longest wait of the page). This table holds
-- the same four figures per area (the enterprises located there, their
-- workers, the unionised and their workers), so a county adds up its 91 rows.
-- An area is a town or a village and keeps no ancestors here: the reading
-- joins the organisation for its place in the tree, so nothing is kept twice.
-- Statement triggers with transition tables add the net change of each
-- statement in the writing transaction, in area order, as record_tally does.
-- record_tally_recount also recounts this table: the benchmark generator,
-- which loads enterprises with triggers off, and a repair.
-- (No apostrophes or semicolons in these comments: see record_tally.)

CREATE TABLE "enterprise_area_tally" (
    "area_org_id" INTEGER NOT NULL,
    "n" BIGINT NOT NULL,
    "workers" BIGINT NOT NULL,
    "unionised" BIGINT NOT NULL,
    "unionised_workers" BIGINT NOT NULL,

    CONSTRAINT "enterprise_area_tally_pkey" PRIMARY KEY ("area_org_id")
);

-- One INSERT of signed rows (d, area_org_id, worker_count, union_org_id) into the tally.
CREATE FUNCTION enterprise_area_tally_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS E'
  SELECT format(''INSERT INTO enterprise_area_tally (area_org_id, n, workers, unionised, unionised_workers)
      SELECT area_org_id, sum(d), sum(d * worker_count), sum(d * (union_org_id IS NOT NULL)::int),
             sum(d * CASE WHEN union_org_id IS NOT NULL THEN worker_count ELSE 0 END)
      FROM (%s) x
      GROUP BY area_org_id
      HAVING sum(d) <> 0 OR sum(d * worker_count) <> 0 OR sum(d * (union_org_id IS NOT NULL)::int) <> 0
          OR sum(d * CASE WHEN union_org_id IS NOT NULL THEN worker_count ELSE 0 END) <> 0
      ORDER BY area_org_id
      ON CONFLICT (area_org_id) DO UPDATE SET n = enterprise_area_tally.n + excluded.n,
        workers = enterprise_area_tally.workers + excluded.workers,
        unionised = enterprise_area_tally.unionised + excluded.unionised,
        unionised_workers = enterprise_area_tally.unionised_workers + excluded.unionised_workers'', src)
';

CREATE FUNCTION enterprise_area_tally_apply() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  rows_of text := ''SELECT %s AS d, area_org_id, worker_count, union_org_id FROM %I''\073
BEGIN
  EXECUTE enterprise_area_tally_upsert(CASE TG_OP
    WHEN ''INSERT'' THEN format(rows_of, 1, ''new_rows'')
    WHEN ''DELETE'' THEN format(rows_of, -1, ''old_rows'')
    ELSE format(rows_of, 1, ''new_rows'') || '' UNION ALL '' || format(rows_of, -1, ''old_rows'')
  END)\073
  RETURN NULL\073
END
';

CREATE FUNCTION enterprise_area_tally_clear() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM enterprise_area_tally\073
  RETURN NULL\073
END
';

CREATE TRIGGER enterprise_area_tally_insert AFTER INSERT ON enterprise REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_area_tally_apply();
CREATE TRIGGER enterprise_area_tally_update AFTER UPDATE ON enterprise REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_area_tally_apply();
CREATE TRIGGER enterprise_area_tally_delete AFTER DELETE ON enterprise REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_area_tally_apply();
CREATE TRIGGER enterprise_area_tally_truncate AFTER TRUNCATE ON enterprise
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_area_tally_clear();

-- Every table of record_tally again, and then this one, from its records.
CREATE OR REPLACE FUNCTION record_tally_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  r record\073
BEGIN
  DELETE FROM record_tally\073
  FOR r IN SELECT tbl, live, figs, spread FROM record_tally_source ORDER BY tbl LOOP
    EXECUTE format(''LOCK TABLE %I IN SHARE MODE'', r.tbl)\073
    EXECUTE record_tally_upsert(r.tbl, record_tally_rows(r.tbl, 1, r.live, r.figs, r.spread))\073
  END LOOP\073
  DELETE FROM enterprise_area_tally\073
  EXECUTE enterprise_area_tally_upsert(''SELECT 1 AS d, area_org_id, worker_count, union_org_id FROM enterprise'')\073
END
';

-- The backfill, the register locked so that no enterprise is written between the triggers and the rows.
DO E'
BEGIN
  LOCK TABLE enterprise IN SHARE ROW EXCLUSIVE MODE\073
  DELETE FROM enterprise_area_tally\073
  EXECUTE enterprise_area_tally_upsert(''SELECT 1 AS d, area_org_id, worker_count, union_org_id FROM enterprise'')\073
END
';
ANALYZE enterprise_area_tally;
