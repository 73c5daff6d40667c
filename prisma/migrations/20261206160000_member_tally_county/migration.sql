-- The exact member count of a county from the rows of member_tally that
-- belong to the county. The count of a county (the total of its registry as
-- the list opens, 首页, its organisation page) summed the tally over the
-- ~2,100 organisations of the county, one probe of member_tally each: 3.3 ms
-- of the database alone at 20 million members, 7-9 ms beside the other reads
-- of a /members page, and the last of them to finish. Each tally row now
-- carries the county of its organisation (the ancestor at depth 2,
-- COUNTY_DEPTH in lib/orgs/labels.ts, null above a county, as member.county_id
-- in migration member_county_id), fixed because an organisation never moves
-- (trigger organisation_fixed_place). The sum for a county is then one
-- index-only range of (county_id, status, n): 0.57 ms at 20 M. Any other root
-- still sums its subtree.
--
-- One statement, so one transaction: members are locked against writes from
-- the first step to the last, so that no write files a tally row between the
-- backfill and the trigger that fills in its county.
DO E'
BEGIN
  LOCK TABLE "member" IN SHARE MODE\073
  ALTER TABLE "member_tally" ADD COLUMN "county_id" INTEGER\073
  UPDATE "member_tally" t SET "county_id" = o.ancestor_ids[3] FROM organisation o WHERE o.id = t.org_id AND o.ancestor_ids[3] IS NOT NULL\073
  CREATE INDEX "member_tally_county_id_status_n_idx" ON "member_tally"("county_id", "status", "n")\073

  CREATE OR REPLACE FUNCTION member_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $f$
  BEGIN
    IF TG_OP = ''INSERT'' THEN
      INSERT INTO member_tally (org_id, status, n, county_id)
        SELECT c.org_id, c.status, c.n, o.ancestor_ids[3]
        FROM (SELECT org_id, status, count(*) AS n FROM new_rows GROUP BY org_id, status) c JOIN organisation o ON o.id = c.org_id
        ORDER BY c.org_id, c.status
        ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
    ELSIF TG_OP = ''DELETE'' THEN
      INSERT INTO member_tally (org_id, status, n, county_id)
        SELECT c.org_id, c.status, c.n, o.ancestor_ids[3]
        FROM (SELECT org_id, status, -count(*) AS n FROM old_rows GROUP BY org_id, status) c JOIN organisation o ON o.id = c.org_id
        ORDER BY c.org_id, c.status
        ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
    ELSE
      -- Most updates change neither: they net to nothing and touch no row.
      INSERT INTO member_tally (org_id, status, n, county_id)
        SELECT c.org_id, c.status, c.n, o.ancestor_ids[3]
        FROM (
          SELECT org_id, status, sum(d) AS n FROM (
            SELECT org_id, status, 1 AS d FROM new_rows UNION ALL SELECT org_id, status, -1 FROM old_rows
          ) u GROUP BY org_id, status HAVING sum(d) <> 0
        ) c JOIN organisation o ON o.id = c.org_id
        ORDER BY c.org_id, c.status
        ON CONFLICT (org_id, status) DO UPDATE SET n = member_tally.n + excluded.n\073
    END IF\073
    RETURN NULL\073
  END
  $f$\073

  CREATE OR REPLACE FUNCTION member_tally_recount() RETURNS void LANGUAGE plpgsql AS $f$
  BEGIN
    LOCK TABLE member IN SHARE MODE\073
    DELETE FROM member_tally\073
    INSERT INTO member_tally (org_id, status, n, county_id)
      SELECT c.org_id, c.status, c.n, o.ancestor_ids[3]
      FROM (SELECT org_id, status, count(*) AS n FROM member GROUP BY org_id, status) c JOIN organisation o ON o.id = c.org_id\073
  END
  $f$\073
END
';

-- Members of status st (NULL: every status) of each root: a county from the
-- rows that carry it, any other root by a semi-join on its subtree. Serial, as
-- before: parallel workers cost more to start than the sum.
CREATE OR REPLACE FUNCTION member_tally_sum(roots INTEGER[], st "MemberStatus") RETURNS TABLE(root INTEGER, n BIGINT)
LANGUAGE sql STABLE SET max_parallel_workers_per_gather = 0 AS E'
  SELECT r, coalesce(CASE
    WHEN o.depth = 2 AND st IS NULL THEN (SELECT sum(t.n) FROM member_tally t WHERE t.county_id = r)
    WHEN o.depth = 2 THEN (SELECT sum(t.n) FROM member_tally t WHERE t.county_id = r AND t.status = st)
    ELSE (SELECT sum(t.n) FROM member_tally t
          WHERE t.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[r])
            AND (st IS NULL OR t.status = st))
  END, 0)::bigint
  FROM unnest(roots) AS r LEFT JOIN organisation o ON o.id = r
';
