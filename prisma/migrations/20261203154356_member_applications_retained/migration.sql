-- CreateEnum
CREATE TYPE "MemberApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXISTING');

-- AlterEnum
ALTER TYPE "MemberStatus" ADD VALUE 'RETAINED';

-- AlterTable
ALTER TABLE "member" ADD COLUMN     "retained_on" DATE,
ADD COLUMN     "reviewed_on" DATE;

-- CreateTable
CREATE TABLE "member_application" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" VARCHAR(16) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "id_cipher" BYTEA NOT NULL,
    "id_hash" CHAR(64) NOT NULL,
    "id_masked" VARCHAR(18) NOT NULL,
    "phone" VARCHAR(11) NOT NULL,
    "employer" VARCHAR(100) NOT NULL,
    "groups" "MemberGroup"[],
    "town_id" INTEGER NOT NULL,
    "org_id" INTEGER NOT NULL,
    "status" "MemberApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "consent_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decline_reason" VARCHAR(200),
    "member_id" UUID,

    CONSTRAINT "member_application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "member_application_number_key" ON "member_application"("number");

-- CreateIndex
CREATE UNIQUE INDEX "member_application_member_id_key" ON "member_application"("member_id");

-- CreateIndex
CREATE INDEX "member_application_org_id_status_submitted_at_idx" ON "member_application"("org_id", "status", "submitted_at");

-- CreateIndex
CREATE INDEX "member_application_id_hash_status_idx" ON "member_application"("id_hash", "status");

-- AddForeignKey
ALTER TABLE "member_application" ADD CONSTRAINT "member_application_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_application" ADD CONSTRAINT "member_application_town_id_fkey" FOREIGN KEY ("town_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_application" ADD CONSTRAINT "member_application_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
