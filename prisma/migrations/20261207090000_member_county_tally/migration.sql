-- Members per county, status, sex, group and year of joining, kept by the
-- writes. A county registry filtered on what its members carry (女职工,
-- 农民工, members since a date) gathered every match of the county from the
-- index of migration member_county_filters to sort them and count them: at 20
-- million members 20 ms of the database alone for a county of 199,000, and a
-- p95 of 292 ms under ten clients. The page in joining order is a short
-- ordered reading of that index, as the unfiltered registry is read
-- (lib/members/list.ts, slicesPage). The count is this table: the full years
-- of a filtered range from here (about fifty rows), and only the members of
-- its first and last year counted from the index.
--
-- grp is one MemberGroup, or the empty string for every member of the
-- county, status, sex and year whatever their groups: a member with two
-- groups is in three rows. Members above a county (no county_id) are not
-- tallied, and no list reads them this way.
--
-- Statement triggers with transition tables add the net change of each
-- statement in the writing transaction, in key order, as member_tally does,
-- so a reader sees the count of exactly the members it would count.
-- member_county_tally_recount() builds the table again from the members: the
-- backfill here, the benchmark generator (which loads members with triggers
-- off) and a repair.
-- (No apostrophes or semicolons in these comments: see member_tally.)

CREATE TABLE "member_county_tally" (
    "county_id" INTEGER NOT NULL,
    "grp" TEXT NOT NULL,
    "status" "MemberStatus" NOT NULL,
    "sex" "Sex" NOT NULL,
    "joined_year" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "member_county_tally_pkey" PRIMARY KEY ("county_id","grp","status","sex","joined_year")
);

-- One INSERT of signed rows (d, county_id, status, sex, joined_on, groups) into the tally.
CREATE FUNCTION member_county_tally_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS E'
  SELECT format(''INSERT INTO member_county_tally (county_id, grp, status, sex, joined_year, n)
      SELECT x.county_id, g.grp, x.status, x.sex, extract(year FROM x.joined_on)::smallint, sum(x.d)
      FROM (%s) x CROSS JOIN LATERAL (SELECT %L AS grp UNION SELECT unnest(x.groups)::text) g
      WHERE x.county_id IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(x.d) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (county_id, grp, status, sex, joined_year) DO UPDATE SET n = member_county_tally.n + excluded.n'', src, '''')
';

CREATE FUNCTION member_county_tally_apply() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  rows_of text := ''SELECT %s AS d, county_id, status, sex, joined_on, groups FROM %I''\073
BEGIN
  EXECUTE member_county_tally_upsert(CASE TG_OP
    WHEN ''INSERT'' THEN format(rows_of, 1, ''new_rows'')
    WHEN ''DELETE'' THEN format(rows_of, -1, ''old_rows'')
    ELSE format(rows_of, 1, ''new_rows'') || '' UNION ALL '' || format(rows_of, -1, ''old_rows'')
  END)\073
  RETURN NULL\073
END
';

CREATE FUNCTION member_county_tally_clear() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM member_county_tally\073
  RETURN NULL\073
END
';

CREATE FUNCTION member_county_tally_recount() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  LOCK TABLE member IN SHARE MODE\073
  DELETE FROM member_county_tally\073
  EXECUTE member_county_tally_upsert(''SELECT 1 AS d, county_id, status, sex, joined_on, groups FROM member'')\073
END
';

CREATE TRIGGER member_county_tally_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_county_tally_apply();
CREATE TRIGGER member_county_tally_update AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_county_tally_apply();
CREATE TRIGGER member_county_tally_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION member_county_tally_apply();
CREATE TRIGGER member_county_tally_truncate AFTER TRUNCATE ON member
  FOR EACH STATEMENT EXECUTE FUNCTION member_county_tally_clear();

SELECT member_county_tally_recount();
ANALYZE member_county_tally;
