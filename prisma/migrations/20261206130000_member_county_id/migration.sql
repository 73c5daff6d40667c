-- A county's name search, read in the county's own slice of one index. Below a
-- city (lib/orgs/labels.ts isWide) a search counts its matches, and the only
-- name index in reach was the province's: at 20 million members "王建" matched
-- 61,506 members of the province to find a county's 625 (14.6 ms of the
-- database, and probing the county's 2,094 unions one by one instead, 27 ms).
-- Each member now carries the county its union lies in (the ancestor at depth
-- 2, COUNTY_DEPTH in lib/orgs/labels.ts, null for a union of a province or a
-- city), kept by a trigger, and a county's search is one range of
-- (county_id, name): the cost follows the county, not the province. An
-- organisation's ancestor_ids never change once it is created (trigger
-- organisation_fixed_place), so only a member's own org_id moves it.

CREATE FUNCTION member_county_id() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW.county_id := (SELECT o.ancestor_ids[3] FROM organisation o WHERE o.id = NEW.org_id)\073
  RETURN NEW\073
END
';

-- One statement, so one transaction: Prisma sends each statement of a script
-- on its own, and a member written between a backfill and its trigger would
-- keep no county, or a failure halfway leave the indexes dropped. The table is
-- locked from the first step to the last (stop the app, or plan a quiet hour).
--
-- The backfill writes every member row anew, and each new row into every index
-- of the table at a random place: as a plain UPDATE it took 445 s on the 2 M
-- set. As the benchmark's generator loads members, the secondary indexes are
-- dropped before it and built afterwards, a sort each (the unique ones stay:
-- they guard the data). The table's own triggers are off meanwhile: the
-- backfill touches no figure (member_tally, the dashboard's marks).
DO E'
BEGIN
  ALTER TABLE "member" ADD COLUMN "county_id" INTEGER\073
  DROP INDEX "member_org_id_status_idx"\073
  DROP INDEX "member_org_id_name_id_status_idx"\073
  DROP INDEX "member_org_id_joined_on_id_status_idx"\073
  DROP INDEX "member_name_id_org_id_status_idx"\073
  DROP INDEX "member_joined_on_id_org_id_status_idx"\073
  DROP INDEX "member_phone_idx"\073
  DROP INDEX "member_groups_idx"\073
  ALTER TABLE "member" DISABLE TRIGGER USER\073
  UPDATE "member" m SET county_id = o.ancestor_ids[3] FROM organisation o WHERE o.id = m.org_id AND o.depth >= 2\073
  ALTER TABLE "member" ENABLE TRIGGER USER\073
  -- On county_id too: a write of the column alone is put right, not kept.
  CREATE TRIGGER "member_county_id" BEFORE INSERT OR UPDATE OF org_id, county_id ON "member" FOR EACH ROW EXECUTE FUNCTION member_county_id()\073
  CREATE INDEX "member_org_id_status_idx" ON "member"("org_id", "status")\073
  CREATE INDEX "member_org_id_name_id_status_idx" ON "member"("org_id", "name", "id", "status")\073
  CREATE INDEX "member_org_id_joined_on_id_status_idx" ON "member"("org_id", "joined_on", "id", "status")\073
  CREATE INDEX "member_name_id_org_id_status_idx" ON "member"("name", "id", "org_id", "status")\073
  CREATE INDEX "member_joined_on_id_org_id_status_idx" ON "member"("joined_on", "id", "org_id", "status")\073
  CREATE INDEX "member_phone_idx" ON "member"("phone")\073
  CREATE INDEX "member_groups_idx" ON "member" USING GIN ("groups")\073
  CREATE INDEX "member_county_id_name_id_status_org_id_idx" ON "member"("county_id", "name", "id", "status", "org_id")\073
END
';
