-- CreateEnum
CREATE TYPE "RightsCaseKind" AS ENUM ('WAGE_ARREARS', 'LABOUR_CONTRACT', 'WORK_INJURY', 'SOCIAL_INSURANCE', 'DISPUTE_MEDIATION', 'LEGAL_CONSULTATION', 'OTHER');

-- CreateEnum
CREATE TYPE "RightsChannel" AS ENUM ('VISIT', 'PHONE', 'ONLINE');

-- CreateEnum
CREATE TYPE "RightsCaseStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'REFERRED', 'CLOSED', 'FOLLOWED_UP');

-- CreateEnum
CREATE TYPE "RightsReferral" AS ENUM ('LABOUR_INSPECTION', 'ARBITRATION', 'LEGAL_AID_CENTRE');

-- CreateTable
CREATE TABLE "rights_case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "receiving_org_id" INTEGER NOT NULL,
    "handling_org_id" INTEGER NOT NULL,
    "member_id" UUID,
    "applicant_name" VARCHAR(50) NOT NULL,
    "phone_cipher" BYTEA,
    "kind" "RightsCaseKind" NOT NULL,
    "channel" "RightsChannel" NOT NULL,
    "facts_cipher" BYTEA NOT NULL,
    "workers" INTEGER NOT NULL DEFAULT 1,
    "received_on" DATE NOT NULL,
    "acknowledge_by" DATE NOT NULL,
    "resolve_by" DATE NOT NULL,
    "status" "RightsCaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "accepted_on" DATE,
    "referral" "RightsReferral",
    "referral_ref" VARCHAR(100),
    "referred_on" DATE,
    "closed_on" DATE,
    "outcome_cipher" BYTEA,
    "money_recovered" DECIMAL(14,2),
    "satisfaction" INTEGER,
    "followed_up_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rights_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rights_case_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "action" VARCHAR(30) NOT NULL,
    "on" DATE NOT NULL,
    "from_org_id" INTEGER,
    "to_org_id" INTEGER,
    "note" VARCHAR(200),
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rights_case_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rights_case_receiving_org_id_received_on_idx" ON "rights_case"("receiving_org_id", "received_on");

-- CreateIndex
CREATE INDEX "rights_case_handling_org_id_status_idx" ON "rights_case"("handling_org_id", "status");

-- CreateIndex
CREATE INDEX "rights_case_status_resolve_by_idx" ON "rights_case"("status", "resolve_by");

-- CreateIndex
CREATE INDEX "rights_case_member_id_idx" ON "rights_case"("member_id");

-- CreateIndex
CREATE INDEX "rights_case_event_case_id_created_at_idx" ON "rights_case_event"("case_id", "created_at");

-- AddForeignKey
ALTER TABLE "rights_case" ADD CONSTRAINT "rights_case_receiving_org_id_fkey" FOREIGN KEY ("receiving_org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_case" ADD CONSTRAINT "rights_case_handling_org_id_fkey" FOREIGN KEY ("handling_org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_case" ADD CONSTRAINT "rights_case_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_case_event" ADD CONSTRAINT "rights_case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "rights_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
