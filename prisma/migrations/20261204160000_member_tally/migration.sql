-- Members per organisation and status, kept by the writes themselves. The
-- exact member count of a county (首页, its organisation page, the total of
-- its registry) read every member of the county: 185,650 index entries,
-- 74–106 ms at 20 million members. Summing this table over the ~2,100
-- organisations of the county gives the same figure in the same snapshot,
-- whatever the size of the county. The statement triggers below change it in
-- the writing transaction, so it is never behind: a reader sees the count of
-- exactly the members it would count.
--
-- A write holds the rows of its organisations (one per status) until it
-- commits: two writers to the members of one organisation take turns on that
-- row. Each statement adds its rows in (org_id, status) order, so two
-- statements never wait on each other crosswise.
-- (No apostrophes in these comments: the migration runner splits the script
-- on semicolons outside quotes, and reads one in a comment as a quote.)

CREATE TABLE "member_tally" (
    "org_id" INTEGER NOT NULL,
    "status" "MemberStatus" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "member_tally_pkey" PRIMARY KEY ("org_id","status")
);

CREATE FUNCTION member_tally_apply() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO member_tally (org_id, status, n)
      SELECT org_id, status, count(*) FROM new_rows GROUP BY org_id, status ORDER BY org_id, status
      ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO member_tally (org_id, status, n)
      SELECT org_id, status, -count(*) FROM old_rows GROUP BY org_id, status ORDER BY org_id, status
      ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
  ELSE
    -- Most updates change neither: they net to nothing and touch no row.
    INSERT INTO member_tally (org_id, status, n)
      SELECT org_id, status, sum(d) FROM (
        SELECT org_id, status, 1 AS d FROM new_rows UNION ALL SELECT org_id, status, -1 FROM old_rows
      ) c GROUP BY org_id, status HAVING sum(d) <> 0 ORDER BY org_id, status
      ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
  END IF\073
  RETURN NULL\073
END
';

CREATE FUNCTION member_tally_clear() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM member_tally\073
  RETURN NULL\073
END
';

-- The whole table again from `member`: the backfill here, the
-- benchmark generator (which loads members with triggers off) and a repair.
CREATE FUNCTION member_tally_recount() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  LOCK TABLE member IN SHARE MODE\073
  DELETE FROM member_tally\073
  INSERT INTO member_tally (org_id, status, n) SELECT org_id, status, count(*) FROM member GROUP BY org_id, status\073
END
';

SELECT member_tally_recount();

-- Members of status `st` (NULL: every status) in the subtree of each root,
-- one semi-join per root. Serial: the planner would start parallel workers for
-- a county, whose start-up costs more than the sum (32–46 ms against 4 ms at
-- 20 million members on two cores).
CREATE FUNCTION member_tally_sum(roots INTEGER[], st "MemberStatus") RETURNS TABLE(root INTEGER, n BIGINT)
LANGUAGE sql STABLE SET max_parallel_workers_per_gather = 0 AS E'
  SELECT r, coalesce((SELECT sum(t.n) FROM member_tally t
                      WHERE t.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[r])
                        AND (st IS NULL OR t.status = st)), 0)::bigint
  FROM unnest(roots) AS r
';

CREATE TRIGGER "member_tally_insert" AFTER INSERT ON "member" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_tally_apply();
CREATE TRIGGER "member_tally_update" AFTER UPDATE ON "member" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_tally_apply();
CREATE TRIGGER "member_tally_delete" AFTER DELETE ON "member" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_tally_apply();
CREATE TRIGGER "member_tally_truncate" AFTER TRUNCATE ON "member"
  FOR EACH STATEMENT EXECUTE FUNCTION member_tally_clear();
