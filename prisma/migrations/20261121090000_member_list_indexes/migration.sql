-- The member registry's list and search (lib/members/list.ts), with the plans
-- these indexes enable described in the README's Speed section. On a
-- 2,000,000-member table each takes one to two seconds to build.

-- DropIndex
DROP INDEX "member_name_idx";

-- DropIndex
DROP INDEX "member_org_id_name_idx";

-- CreateIndex
CREATE INDEX "member_org_id_name_id_idx" ON "member"("org_id", "name", "id");

-- CreateIndex
CREATE INDEX "member_org_id_joined_on_id_idx" ON "member"("org_id", "joined_on", "id");

-- CreateIndex
CREATE INDEX "member_name_id_org_id_idx" ON "member"("name", "id", "org_id");

-- CreateIndex
CREATE INDEX "member_joined_on_id_org_id_idx" ON "member"("joined_on", "id", "org_id");
