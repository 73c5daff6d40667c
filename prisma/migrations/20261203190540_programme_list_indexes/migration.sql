-- The default order of the programme lists across a province (lib/records/scoped-list.ts:
-- the lists of the only root carry no scope predicate and walk these indexes until a
-- page is full). Within a county or a city the lists filter on org_id IN (subtree),
-- answered by the existing (org_id, ...) indexes. See README, Speed.

-- CreateIndex
CREATE INDEX "contract_offered_on_id_idx" ON "contract"("offered_on" DESC, "id");

-- CreateIndex
CREATE INDEX "enterprise_name_id_idx" ON "enterprise"("name", "id");

-- CreateIndex
CREATE INDEX "grant_created_at_id_idx" ON "grant"("created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "hardship_file_created_at_id_idx" ON "hardship_file"("created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "honour_year_level_id_idx" ON "honour"("year" DESC, "level", "id");
