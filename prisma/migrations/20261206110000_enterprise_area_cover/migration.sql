-- 建会率 counts the enterprises located in a subtree by their area. It found
-- them through the enterprise scope_ids index and read each enterprise row (a
-- county of 20 million members: 25,229 rows on 16,214 table pages, 37 ms
-- cached and 320 ms not). The area index now carries what 建会率 adds up, so
-- the areas of the subtree are probed one by one and the enterprises read from
-- the index alone (8 ms: lib/enterprises/located.ts). As key columns, not
-- INCLUDE, which the schema cannot say (Prisma would read them as keys and
-- rebuild the index).
DROP INDEX "enterprise_area_org_id_idx";
CREATE INDEX "enterprise_area_org_id_union_org_id_worker_count_idx" ON "enterprise"("area_org_id", "union_org_id", "worker_count");
