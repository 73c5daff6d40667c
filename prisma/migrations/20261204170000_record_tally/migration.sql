-- The count and sums of each programme list as it opens (filtered on nothing
-- but a scope), per scope, kept by the writes themselves, as member_tally is
-- for members. A county list counted and summed its records up to 10,001 rows
-- on every request: 7,090 grants or 5,987 contracts, their rows
-- spread over as many table pages (10-20 ms of the database at 20 million
-- members, more when they are not cached). Summing this table over the
-- scope_ids of the county reads one row per organisation holding records.
--
-- One row per table and organisation, with its scope_ids, n live records and
-- up to five figures (s1 ... s5), the expressions named in the trigger
-- arguments, in that order (lib/records/tally.ts names the same list). Each
-- table has its own partial GIN index on scope_ids: one index for all would
-- find the rows of every table in the subtree and then filter (6-8 ms for a
-- county, against 0.4-0.8 ms). The enterprise register is not tallied: an
-- enterprise takes its scope from its area and its union, nearly a pair of its
-- own, so its rows would be as many as its records (every table tallied here
-- takes its scope_ids from its org_id). Statement triggers
-- with transition tables add the net change of each statement in the writing
-- transaction, in scope_ids order. A statement that changes no figure (most
-- updates) nets to nothing and touches no row. Trigger arguments: the live
-- condition, then the figures.
-- (No apostrophes or semicolons in these comments: the migration runner splits
-- the script on semicolons outside quotes, and reads an apostrophe as one.)

CREATE TABLE "record_tally" (
    "tbl" VARCHAR(63) NOT NULL,
    "org_id" INTEGER NOT NULL,
    "scope_ids" INTEGER[] NOT NULL,
    "n" BIGINT NOT NULL,
    "s1" DECIMAL NOT NULL DEFAULT 0,
    "s2" DECIMAL NOT NULL DEFAULT 0,
    "s3" DECIMAL NOT NULL DEFAULT 0,
    "s4" DECIMAL NOT NULL DEFAULT 0,
    "s5" DECIMAL NOT NULL DEFAULT 0,

    CONSTRAINT "record_tally_pkey" PRIMARY KEY ("tbl","org_id")
);

-- The SELECT list of a statement: one signed row per record, figures padded to five.
CREATE FUNCTION record_tally_rows(rel text, sign int, live text, figs text[]) RETURNS text LANGUAGE sql IMMUTABLE AS E'
  SELECT format(''SELECT org_id, scope_ids, %s AS d, %s FROM %I WHERE %s'', sign,
    (SELECT string_agg(format(''%s * coalesce((%s)::numeric, 0) AS f%s'', sign, coalesce(figs[i], ''0''), i), '', '') FROM generate_series(1, 5) AS i),
    rel, live)
';

-- One INSERT of a statement net change (or of a whole table, recounting) into the tally.
CREATE FUNCTION record_tally_upsert(tbl text, src text) RETURNS text LANGUAGE sql IMMUTABLE AS E'
  SELECT format(''INSERT INTO record_tally (tbl, org_id, scope_ids, n, s1, s2, s3, s4, s5)
      SELECT %L, org_id, scope_ids, sum(d), sum(f1), sum(f2), sum(f3), sum(f4), sum(f5) FROM (%s) x
      GROUP BY org_id, scope_ids
      HAVING sum(d) <> 0 OR sum(f1) <> 0 OR sum(f2) <> 0 OR sum(f3) <> 0 OR sum(f4) <> 0 OR sum(f5) <> 0
      ORDER BY org_id
      ON CONFLICT (tbl, org_id) DO UPDATE SET n = record_tally.n + excluded.n, s1 = record_tally.s1 + excluded.s1,
        s2 = record_tally.s2 + excluded.s2, s3 = record_tally.s3 + excluded.s3, s4 = record_tally.s4 + excluded.s4,
        s5 = record_tally.s5 + excluded.s5'', tbl, src)
';

CREATE FUNCTION record_tally_apply() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  live text := TG_ARGV[0]\073
  figs text[] := coalesce(TG_ARGV[1:5], ARRAY[]::text[])\073
  src text\073
BEGIN
  src := CASE TG_OP
    WHEN ''INSERT'' THEN record_tally_rows(''new_rows'', 1, live, figs)
    WHEN ''DELETE'' THEN record_tally_rows(''old_rows'', -1, live, figs)
    ELSE record_tally_rows(''new_rows'', 1, live, figs) || '' UNION ALL '' || record_tally_rows(''old_rows'', -1, live, figs)
  END\073
  EXECUTE record_tally_upsert(TG_TABLE_NAME, src)\073
  RETURN NULL\073
END
';

CREATE FUNCTION record_tally_clear() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM record_tally WHERE tbl = TG_TABLE_NAME\073
  RETURN NULL\073
END
';

-- What each table tallies: its live condition and figures, as its triggers
-- are given them (record_tally_attach), for the recount.
CREATE TABLE "record_tally_source" (
    "tbl" VARCHAR(63) NOT NULL,
    "live" TEXT NOT NULL,
    "figs" TEXT[] NOT NULL,

    CONSTRAINT "record_tally_source_pkey" PRIMARY KEY ("tbl")
);

-- Triggers on one table, with its live condition and its figures (at most five).
CREATE FUNCTION record_tally_attach(t text, live text, figs text[]) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  args text := (SELECT string_agg(quote_literal(a), '', '') FROM unnest(ARRAY[live] || figs) AS a)\073
BEGIN
  INSERT INTO record_tally_source (tbl, live, figs) VALUES (t, live, figs)\073
  EXECUTE format(''CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply(%s)'', t || ''_tally_insert'', t, args)\073
  EXECUTE format(''CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply(%s)'', t || ''_tally_update'', t, args)\073
  EXECUTE format(''CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply(%s)'', t || ''_tally_delete'', t, args)\073
  EXECUTE format(''CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_tally_clear()'', t || ''_tally_truncate'', t)\073
  EXECUTE format(''CREATE INDEX %I ON record_tally USING GIN (scope_ids) WHERE tbl = %L'', ''record_tally_'' || t || ''_scope_ids_idx'', t)\073
END
';

-- Every table again from its records: the backfill here, the benchmark
-- generator (which loads records with triggers off) and a repair.
CREATE FUNCTION record_tally_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  r record\073
BEGIN
  DELETE FROM record_tally\073
  FOR r IN SELECT tbl, live, figs FROM record_tally_source ORDER BY tbl LOOP
    EXECUTE format(''LOCK TABLE %I IN SHARE MODE'', r.tbl)\073
    EXECUTE record_tally_upsert(r.tbl, record_tally_rows(r.tbl, 1, r.live, r.figs))\073
  END LOOP\073
END
';

SELECT record_tally_attach('training_session', 'deleted_at IS NULL', ARRAY['extra_participants', 'enrolled_count', 'certified_count', 'subsidy_count', 'subsidy_total']);
SELECT record_tally_attach('grant', 'true', ARRAY['amount']);
SELECT record_tally_attach('contract', 'true', ARRAY['coverage_count', 'coverage_workers']);
SELECT record_tally_attach('hardship_file', 'true', ARRAY[]::text[]);
SELECT record_tally_attach('honour', 'deleted_at IS NULL', ARRAY['award_amount']);
SELECT record_tally_attach('model_worker_service', 'deleted_at IS NULL', ARRAY['amount']);
SELECT record_tally_attach('activity_record', 'deleted_at IS NULL', ARRAY['participants', 'amount_spent']);
SELECT record_tally_recount();

