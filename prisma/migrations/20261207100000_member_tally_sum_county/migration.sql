-- A county's member count from member_county_tally (migration
-- member_county_tally), the rows for every group (grp empty): about fifty rows
-- for a county, its statuses, sexes and years of joining, where member_tally
-- holds one row per organisation and status of the county, some 2,100 at 20
-- million members. The county registry as it opens counts through here
-- (lib/members/tally.ts): 0.4 ms of the database instead of 3, and more under
-- load, where it was the longest of the page's reads. Both tables are kept by
-- the same writes, in the same transaction, so the figure is the same
-- (tests/integration/member-tally.test.ts). Any other root, as before.

CREATE OR REPLACE FUNCTION member_tally_sum(roots INTEGER[], st "MemberStatus") RETURNS TABLE(root INTEGER, n BIGINT)
LANGUAGE sql STABLE SET max_parallel_workers_per_gather = 0 AS E'
  SELECT r, coalesce(CASE
    WHEN o.depth = 2 AND st IS NULL THEN (SELECT sum(t.n) FROM member_county_tally t WHERE t.county_id = r AND t.grp = '''')
    WHEN o.depth = 2 THEN (SELECT sum(t.n) FROM member_county_tally t WHERE t.county_id = r AND t.grp = '''' AND t.status = st)
    ELSE (SELECT sum(t.n) FROM member_tally t
          WHERE t.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[r])
            AND (st IS NULL OR t.status = st))
  END, 0)::bigint
  FROM unnest(roots) AS r LEFT JOIN organisation o ON o.id = r
';
