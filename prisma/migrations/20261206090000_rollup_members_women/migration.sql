-- The member source of the dashboard's rollup now also counts women
-- (members_women, read per union by the statistics yearbook). The rollup
-- built before has no such facts: a mark on no table asks the refresher for
-- a full rebuild, as a moved organisation does. Without a rollup yet the
-- first refresh builds it anyway.
INSERT INTO dashboard_mark (table_name, org_id)
SELECT '*', 0 WHERE EXISTS (SELECT 1 FROM dashboard_refresh);
