-- The enterprise register joins the record tally. An enterprise takes its
-- scope from its area and its union, nearly a pair of its own (22,402 distinct
-- scope_ids among the 25,229 enterprises of a county at 20 million members),
-- so rows kept per scope would be as many as its records, and its list counted
-- up to 10,001 of them on every request (31 ms of the database for that
-- county). Its rows are spread instead: one per organisation holding
-- enterprises in its subtree, each enterprise added to the row of every
-- organisation in its scope_ids, and the row scope_ids that one id. A list
-- reads the root row alone, by the primary key, so the table needs no GIN
-- index of its own (a fresh one with 200,000 rows in its pending list took
-- 14 ms to find that row at 20 million members). A statement then updates
-- each organisation above its enterprises once, in org_id order: the province
-- row is shared by every writer of the register, whose writes are rare (one
-- form at a time, in a short transaction). Two transactions that each write
-- the register in several statements could still wait on each other, and one
-- of them would be undone by the deadlock check: none does today.
-- (No apostrophes or semicolons in these comments: see record_tally.)

ALTER TABLE "record_tally_source" ADD COLUMN "spread" BOOLEAN NOT NULL DEFAULT false;

DROP FUNCTION record_tally_rows(text, int, text, text[]);

-- The SELECT list of a statement: one signed row per record (per record and
-- organisation of its scope, spread), figures padded to five.
CREATE FUNCTION record_tally_rows(rel text, sign int, live text, figs text[], spread boolean) RETURNS text LANGUAGE sql IMMUTABLE AS E'
  SELECT format(''SELECT %s, %s AS d, %s FROM %I %s WHERE %s'',
    CASE WHEN spread THEN ''node AS org_id, ARRAY[node] AS scope_ids'' ELSE ''org_id, scope_ids'' END,
    sign,
    (SELECT string_agg(format(''%s * coalesce((%s)::numeric, 0) AS f%s'', sign, coalesce(figs[i], ''0''), i), '', '') FROM generate_series(1, 5) AS i),
    rel,
    CASE WHEN spread THEN ''CROSS JOIN LATERAL unnest(scope_ids) AS node'' ELSE '''' END,
    live)
';

CREATE OR REPLACE FUNCTION record_tally_apply() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  live text := TG_ARGV[0]\073
  figs text[] := coalesce(TG_ARGV[1:5], ARRAY[]::text[])\073
  spread boolean := coalesce((SELECT s.spread FROM record_tally_source s WHERE s.tbl = TG_TABLE_NAME), false)\073
  src text\073
BEGIN
  src := CASE TG_OP
    WHEN ''INSERT'' THEN record_tally_rows(''new_rows'', 1, live, figs, spread)
    WHEN ''DELETE'' THEN record_tally_rows(''old_rows'', -1, live, figs, spread)
    ELSE record_tally_rows(''new_rows'', 1, live, figs, spread) || '' UNION ALL '' || record_tally_rows(''old_rows'', -1, live, figs, spread)
  END\073
  EXECUTE record_tally_upsert(TG_TABLE_NAME, src)\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION record_tally_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  r record\073
BEGIN
  DELETE FROM record_tally\073
  FOR r IN SELECT tbl, live, figs, spread FROM record_tally_source ORDER BY tbl LOOP
    EXECUTE format(''LOCK TABLE %I IN SHARE MODE'', r.tbl)\073
    EXECUTE record_tally_upsert(r.tbl, record_tally_rows(r.tbl, 1, r.live, r.figs, r.spread))\073
  END LOOP\073
END
';

-- Its figures: the unionised (a count of union_org_id, as the list shows it)
-- and the workers. One statement, the register locked first: no enterprise is
-- written between its triggers and its rows, nor counted by the triggers
-- before they know it is spread.
DO E'
BEGIN
  LOCK TABLE enterprise IN SHARE ROW EXCLUSIVE MODE\073
  PERFORM record_tally_attach(''enterprise'', ''true'', ARRAY[''(union_org_id IS NOT NULL)::int'', ''worker_count''])\073
  UPDATE record_tally_source SET spread = true WHERE tbl = ''enterprise''\073
  DELETE FROM record_tally WHERE tbl = ''enterprise''\073
  EXECUTE record_tally_upsert(''enterprise'', record_tally_rows(''enterprise'', 1, ''true'', ARRAY[''(union_org_id IS NOT NULL)::int'', ''worker_count''], true))\073
END
';
DROP INDEX record_tally_enterprise_scope_ids_idx;
ANALYZE record_tally;
