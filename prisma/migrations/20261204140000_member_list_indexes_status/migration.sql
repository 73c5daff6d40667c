-- The registry's list indexes (migration member_list_indexes) carry the
-- member's status as a last key column, so choosing a page of members shown by
-- default (在会, or a status filter) reads the index alone. Without it every
-- index entry visited the table for its status: a county of a 20-million-member
-- province (200,000 members) took 1.7 s for its first page, and walking the name
-- index across a province 3–6 s for page 101 (README, Speed).

-- DropIndex
DROP INDEX "member_org_id_name_id_idx";

-- DropIndex
DROP INDEX "member_org_id_joined_on_id_idx";

-- DropIndex
DROP INDEX "member_name_id_org_id_idx";

-- DropIndex
DROP INDEX "member_joined_on_id_org_id_idx";

-- CreateIndex
CREATE INDEX "member_org_id_name_id_status_idx" ON "member"("org_id", "name", "id", "status");

-- CreateIndex
CREATE INDEX "member_org_id_joined_on_id_status_idx" ON "member"("org_id", "joined_on", "id", "status");

-- CreateIndex
CREATE INDEX "member_name_id_org_id_status_idx" ON "member"("name", "id", "org_id", "status");

-- CreateIndex
CREATE INDEX "member_joined_on_id_org_id_status_idx" ON "member"("joined_on", "id", "org_id", "status");
