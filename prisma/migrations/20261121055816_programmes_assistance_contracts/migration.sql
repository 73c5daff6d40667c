-- CreateEnum
CREATE TYPE "HardshipCategory" AS ENUM ('DEEP', 'RELATIVE', 'ACCIDENT');

-- CreateEnum
CREATE TYPE "HardshipCause" AS ENUM ('ILLNESS', 'DISABILITY', 'ACCIDENT', 'UNEMPLOYMENT', 'EDUCATION', 'LOW_INCOME', 'OTHER');

-- CreateEnum
CREATE TYPE "HardshipStatus" AS ENUM ('PENDING', 'IN_FILE', 'LIFTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "VisitConclusion" AS ENUM ('CONFIRMED', 'ADJUST', 'RECOMMEND_LIFT', 'NOT_ELIGIBLE');

-- CreateEnum
CREATE TYPE "FundSource" AS ENUM ('OWN', 'ALLOCATION', 'DONATION');

-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('ALLOCATION', 'DISBURSEMENT', 'REVERSAL');

-- CreateEnum
CREATE TYPE "GrantKind" AS ENUM ('WARMTH', 'EDUCATION', 'MEDICAL', 'LIVING', 'MODEL_WORKER', 'OTHER');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'NOTICE', 'DISBURSED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "GrantChannel" AS ENUM ('STAFF', 'MEMBER');

-- CreateEnum
CREATE TYPE "CompetitionKind" AS ENUM ('SKILLS', 'KEY_PROJECT', 'ANKANG_CUP', 'OTHER');

-- CreateEnum
CREATE TYPE "CompetitionAward" AS ENUM ('FIRST', 'SECOND', 'THIRD', 'EXCELLENCE');

-- CreateEnum
CREATE TYPE "ContractKind" AS ENUM ('COMPREHENSIVE', 'WAGE', 'WOMEN', 'REGIONAL', 'INDUSTRY');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('OFFERED', 'NEGOTIATING', 'CONGRESS_APPROVED', 'SIGNED', 'SUBMITTED', 'IN_FORCE', 'EXPIRED', 'RENEWED');

-- CreateEnum
CREATE TYPE "HonourTitle" AS ENUM ('MODEL_WORKER', 'MAY_DAY_MEDAL', 'WORKER_PIONEER', 'WOMEN_PACESETTER', 'CRAFTSMAN', 'TECH_PACESETTER', 'OTHER');

-- CreateEnum
CREATE TYPE "HonourLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "HonourStatus" AS ENUM ('NOMINATED', 'AWARDED');

-- CreateEnum
CREATE TYPE "ModelWorkerServiceKind" AS ENUM ('HEALTH_CHECK', 'RECUPERATION', 'SERVICE_CARD', 'VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "ServicePointKind" AS ENUM ('OUTDOOR_STATION', 'DRIVERS_HOME', 'READING_ROOM', 'NURSING_ROOM', 'WORKERS_HOME', 'LEGAL_AID', 'OTHER');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StudioKind" AS ENUM ('MODEL_WORKER', 'CRAFTSMAN', 'SKILL_MASTER');

-- CreateEnum
CREATE TYPE "StudioStatus" AS ENUM ('NAMED', 'REVIEWED', 'REVOKED');

-- CreateEnum
CREATE TYPE "AchievementKind" AS ENUM ('INVENTION', 'PATENT', 'OPERATING_METHOD', 'SMALL_INVENTION', 'SMALL_INNOVATION', 'SMALL_MODIFICATION', 'SMALL_DESIGN', 'SMALL_SUGGESTION');

-- CreateEnum
CREATE TYPE "MentorshipOutcome" AS ENUM ('ONGOING', 'COMPLETED', 'CERTIFIED', 'ENDED');

-- CreateEnum
CREATE TYPE "TrainingType" AS ENUM ('APPRENTICESHIP', 'ENTREPRENEURSHIP', 'SAFETY', 'EMPLOYMENT_SKILLS', 'MIGRANT_UPSKILLING', 'ONLINE', 'EDUCATION_UPGRADE');

-- CreateEnum
CREATE TYPE "TrainingMode" AS ENUM ('ONSITE', 'ONLINE');

-- CreateEnum
CREATE TYPE "EnrolmentOutcome" AS ENUM ('ENROLLED', 'COMPLETED', 'CERTIFIED', 'SUBSIDY_GRANTED', 'DROPPED');

-- CreateEnum
CREATE TYPE "CertificateLevel" AS ENUM ('LEVEL_5', 'LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1');

-- CreateTable
CREATE TABLE "activity_type" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "activity_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_record" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "type_id" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "place" VARCHAR(200),
    "participants" INTEGER NOT NULL DEFAULT 0,
    "amount_spent" DECIMAL(12,2),
    "description" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "activity_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_attachment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "record_id" UUID NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "size" INTEGER NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "storage_path" VARCHAR(300) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "activity_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hardship_file" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "member_id" UUID NOT NULL,
    "open_id_hash" CHAR(64),
    "category" "HardshipCategory" NOT NULL,
    "cause" "HardshipCause" NOT NULL,
    "details_cipher" BYTEA,
    "household_size" INTEGER NOT NULL,
    "household_income" DECIMAL(12,2) NOT NULL,
    "status" "HardshipStatus" NOT NULL DEFAULT 'PENDING',
    "status_reason" VARCHAR(500),
    "status_on" DATE,
    "last_verified_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "hardship_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hardship_visit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "file_id" UUID NOT NULL,
    "visited_on" DATE NOT NULL,
    "visitors" VARCHAR(200) NOT NULL,
    "findings_cipher" BYTEA,
    "conclusion" "VisitConclusion" NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hardship_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fund" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "source" "FundSource" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "budget" DECIMAL(14,2) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entry" (
    "id" BIGSERIAL NOT NULL,
    "fund_id" UUID NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "grant_id" UUID,
    "reverses_id" BIGINT,
    "idempotency_key" VARCHAR(100),
    "payment_ref" VARCHAR(100),
    "note" VARCHAR(500),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "member_id" UUID NOT NULL,
    "file_id" UUID,
    "kind" "GrantKind" NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "details_cipher" BYTEA,
    "channel" "GrantChannel" NOT NULL DEFAULT 'STAFF',
    "status" "GrantStatus" NOT NULL DEFAULT 'DRAFT',
    "year" INTEGER NOT NULL,
    "fund_id" UUID,
    "notice_starts_on" DATE,
    "notice_ends_on" DATE,
    "payment_ref" VARCHAR(100),
    "decision_reason" VARCHAR(500),
    "created_by_id" UUID,
    "submitted_by_id" UUID,
    "reviewed_by_id" UUID,
    "approved_by_id" UUID,
    "disbursed_by_id" UUID,
    "disbursed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grant_event" (
    "id" BIGSERIAL NOT NULL,
    "grant_id" UUID NOT NULL,
    "from_status" "GrantStatus",
    "to_status" "GrantStatus" NOT NULL,
    "actor_id" UUID,
    "actor_name" VARCHAR(50),
    "reason" VARCHAR(500),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grant_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grant_policy" (
    "kind" "GrantKind" NOT NULL,
    "requires_hardship_file" BOOLEAN NOT NULL DEFAULT false,
    "max_amount" DECIMAL(12,2),
    "max_per_household_year" DECIMAL(12,2),
    "notice_days" INTEGER NOT NULL DEFAULT 5,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "grant_policy_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "competition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "CompetitionKind" NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "organiser" VARCHAR(100) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "trades" TEXT[],
    "notes" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "competition_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "trade" VARCHAR(50) NOT NULL,
    "score" DECIMAL(6,2),
    "rank" INTEGER,
    "award" "CompetitionAward",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "competition_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "kind" "ContractKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "employer_party" VARCHAR(200) NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'OFFERED',
    "offered_on" DATE NOT NULL,
    "congress_on" DATE,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "votes_abstain" INTEGER,
    "signed_on" DATE,
    "submitted_on" DATE,
    "effective_from" DATE,
    "effective_to" DATE,
    "renewed_from_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract_coverage" (
    "contract_id" UUID NOT NULL,
    "enterprise_id" UUID NOT NULL,
    "worker_count" INTEGER NOT NULL,

    CONSTRAINT "contract_coverage_pkey" PRIMARY KEY ("contract_id","enterprise_id")
);

-- CreateTable
CREATE TABLE "contract_event" (
    "id" BIGSERIAL NOT NULL,
    "contract_id" UUID NOT NULL,
    "from_status" "ContractStatus",
    "to_status" "ContractStatus" NOT NULL,
    "on" DATE NOT NULL,
    "actor_id" UUID,
    "actor_name" VARCHAR(50),
    "note" VARCHAR(500),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contract_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprise" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "area_org_id" INTEGER NOT NULL,
    "union_org_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18),
    "worker_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honour" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "member_id" UUID,
    "team_name" VARCHAR(100),
    "title" "HonourTitle" NOT NULL,
    "title_text" VARCHAR(100) NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "awarding_body" VARCHAR(100) NOT NULL,
    "award_amount" DECIMAL(12,2),
    "status" "HonourStatus" NOT NULL DEFAULT 'AWARDED',
    "source_entry_id" UUID,
    "notes" VARCHAR(500),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "honour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_worker_service" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "member_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ModelWorkerServiceKind" NOT NULL,
    "served_on" DATE NOT NULL,
    "amount" DECIMAL(12,2),
    "notes" VARCHAR(500),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "model_worker_service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_point" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "ServicePointKind" NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "open_hours" VARCHAR(100),
    "phone" VARCHAR(20),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "service_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activation_code" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "member_id" UUID NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activation_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "profile_change_request" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "member_id" UUID NOT NULL,
    "org_id" INTEGER NOT NULL,
    "fields" TEXT[],
    "values_cipher" BYTEA NOT NULL,
    "note" VARCHAR(500),
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "profile_change_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "studio" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "StudioKind" NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "lead_member_id" UUID NOT NULL,
    "founded_on" DATE NOT NULL,
    "status" "StudioStatus" NOT NULL DEFAULT 'NAMED',
    "status_on" DATE,
    "description" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "studio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "studio_member" (
    "studio_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "role" VARCHAR(50),
    "joined_on" DATE NOT NULL,

    CONSTRAINT "studio_member_pkey" PRIMARY KEY ("studio_id","member_id")
);

-- CreateTable
CREATE TABLE "studio_achievement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "studio_id" UUID NOT NULL,
    "kind" "AchievementKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "achieved_on" DATE NOT NULL,
    "benefit" DECIMAL(14,2),
    "patent_no" VARCHAR(50),
    "description" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "studio_achievement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentorship" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "studio_id" UUID,
    "mentor_member_id" UUID NOT NULL,
    "apprentice_member_id" UUID NOT NULL,
    "started_on" DATE NOT NULL,
    "outcome" "MentorshipOutcome" NOT NULL DEFAULT 'ONGOING',
    "outcome_on" DATE,
    "outcome_note" VARCHAR(500),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "indicator" VARCHAR(50) NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "parent_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "type" "TrainingType" NOT NULL,
    "organiser" VARCHAR(100) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "hours" DECIMAL(6,1) NOT NULL,
    "mode" "TrainingMode" NOT NULL DEFAULT 'ONSITE',
    "place" VARCHAR(200),
    "capacity" INTEGER,
    "extra_participants" INTEGER NOT NULL DEFAULT 0,
    "notes" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "training_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_enrolment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "attended_hours" DECIMAL(6,1),
    "outcome" "EnrolmentOutcome" NOT NULL DEFAULT 'ENROLLED',
    "certificate_level" "CertificateLevel",
    "certificate_no" VARCHAR(50),
    "subsidy_amount" DECIMAL(12,2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "activity_type_code_key" ON "activity_type"("code");

-- CreateIndex
CREATE INDEX "activity_record_org_id_held_on_idx" ON "activity_record"("org_id", "held_on");

-- CreateIndex
CREATE INDEX "activity_record_held_on_idx" ON "activity_record"("held_on");

-- CreateIndex
CREATE INDEX "activity_attachment_record_id_idx" ON "activity_attachment"("record_id");

-- CreateIndex
CREATE UNIQUE INDEX "hardship_file_open_id_hash_key" ON "hardship_file"("open_id_hash");

-- CreateIndex
CREATE INDEX "hardship_file_org_id_status_idx" ON "hardship_file"("org_id", "status");

-- CreateIndex
CREATE INDEX "hardship_file_member_id_idx" ON "hardship_file"("member_id");

-- CreateIndex
CREATE INDEX "hardship_file_status_last_verified_on_idx" ON "hardship_file"("status", "last_verified_on");

-- CreateIndex
CREATE INDEX "hardship_visit_file_id_visited_on_idx" ON "hardship_visit"("file_id", "visited_on");

-- CreateIndex
CREATE UNIQUE INDEX "fund_org_id_year_source_key" ON "fund"("org_id", "year", "source");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entry_reverses_id_key" ON "ledger_entry"("reverses_id");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entry_idempotency_key_key" ON "ledger_entry"("idempotency_key");

-- CreateIndex
CREATE INDEX "ledger_entry_fund_id_idx" ON "ledger_entry"("fund_id");

-- CreateIndex
CREATE INDEX "ledger_entry_grant_id_idx" ON "ledger_entry"("grant_id");

-- CreateIndex
CREATE INDEX "grant_org_id_status_idx" ON "grant"("org_id", "status");

-- CreateIndex
CREATE INDEX "grant_member_id_year_idx" ON "grant"("member_id", "year");

-- CreateIndex
CREATE INDEX "grant_status_kind_idx" ON "grant"("status", "kind");

-- CreateIndex
CREATE INDEX "grant_event_grant_id_at_idx" ON "grant_event"("grant_id", "at");

-- CreateIndex
CREATE INDEX "competition_org_id_starts_on_idx" ON "competition"("org_id", "starts_on");

-- CreateIndex
CREATE INDEX "competition_starts_on_idx" ON "competition"("starts_on");

-- CreateIndex
CREATE INDEX "competition_entry_member_id_idx" ON "competition_entry"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_entry_competition_id_member_id_trade_key" ON "competition_entry"("competition_id", "member_id", "trade");

-- CreateIndex
CREATE UNIQUE INDEX "contract_renewed_from_id_key" ON "contract"("renewed_from_id");

-- CreateIndex
CREATE INDEX "contract_org_id_status_idx" ON "contract"("org_id", "status");

-- CreateIndex
CREATE INDEX "contract_status_effective_to_idx" ON "contract"("status", "effective_to");

-- CreateIndex
CREATE INDEX "contract_coverage_enterprise_id_idx" ON "contract_coverage"("enterprise_id");

-- CreateIndex
CREATE INDEX "contract_event_contract_id_at_idx" ON "contract_event"("contract_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "enterprise_credit_code_key" ON "enterprise"("credit_code");

-- CreateIndex
CREATE INDEX "enterprise_area_org_id_idx" ON "enterprise"("area_org_id");

-- CreateIndex
CREATE INDEX "enterprise_union_org_id_idx" ON "enterprise"("union_org_id");

-- CreateIndex
CREATE UNIQUE INDEX "honour_source_entry_id_key" ON "honour"("source_entry_id");

-- CreateIndex
CREATE INDEX "honour_org_id_year_idx" ON "honour"("org_id", "year");

-- CreateIndex
CREATE INDEX "honour_member_id_idx" ON "honour"("member_id");

-- CreateIndex
CREATE INDEX "model_worker_service_org_id_year_idx" ON "model_worker_service"("org_id", "year");

-- CreateIndex
CREATE INDEX "model_worker_service_member_id_year_idx" ON "model_worker_service"("member_id", "year");

-- CreateIndex
CREATE INDEX "service_point_org_id_idx" ON "service_point"("org_id");

-- CreateIndex
CREATE INDEX "activation_code_member_id_idx" ON "activation_code"("member_id");

-- CreateIndex
CREATE INDEX "profile_change_request_org_id_status_idx" ON "profile_change_request"("org_id", "status");

-- CreateIndex
CREATE INDEX "profile_change_request_member_id_idx" ON "profile_change_request"("member_id");

-- CreateIndex
CREATE INDEX "studio_org_id_idx" ON "studio"("org_id");

-- CreateIndex
CREATE INDEX "studio_lead_member_id_idx" ON "studio"("lead_member_id");

-- CreateIndex
CREATE INDEX "studio_member_member_id_idx" ON "studio_member"("member_id");

-- CreateIndex
CREATE INDEX "studio_achievement_studio_id_achieved_on_idx" ON "studio_achievement"("studio_id", "achieved_on");

-- CreateIndex
CREATE INDEX "mentorship_org_id_started_on_idx" ON "mentorship"("org_id", "started_on");

-- CreateIndex
CREATE INDEX "mentorship_studio_id_idx" ON "mentorship"("studio_id");

-- CreateIndex
CREATE UNIQUE INDEX "target_org_id_year_indicator_key" ON "target"("org_id", "year", "indicator");

-- CreateIndex
CREATE INDEX "training_session_org_id_starts_on_idx" ON "training_session"("org_id", "starts_on");

-- CreateIndex
CREATE INDEX "training_session_starts_on_idx" ON "training_session"("starts_on");

-- CreateIndex
CREATE INDEX "training_enrolment_member_id_idx" ON "training_enrolment"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_enrolment_session_id_member_id_key" ON "training_enrolment"("session_id", "member_id");

-- AddForeignKey
ALTER TABLE "activity_record" ADD CONSTRAINT "activity_record_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_record" ADD CONSTRAINT "activity_record_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "activity_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_attachment" ADD CONSTRAINT "activity_attachment_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "activity_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hardship_visit" ADD CONSTRAINT "hardship_visit_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fund" ADD CONSTRAINT "fund_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_fund_id_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_grant_id_fkey" FOREIGN KEY ("grant_id") REFERENCES "grant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_reverses_id_fkey" FOREIGN KEY ("reverses_id") REFERENCES "ledger_entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_fund_id_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant_event" ADD CONSTRAINT "grant_event_grant_id_fkey" FOREIGN KEY ("grant_id") REFERENCES "grant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition" ADD CONSTRAINT "competition_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_entry" ADD CONSTRAINT "competition_entry_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_entry" ADD CONSTRAINT "competition_entry_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_renewed_from_id_fkey" FOREIGN KEY ("renewed_from_id") REFERENCES "contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_coverage" ADD CONSTRAINT "contract_coverage_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_coverage" ADD CONSTRAINT "contract_coverage_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_event" ADD CONSTRAINT "contract_event_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_area_org_id_fkey" FOREIGN KEY ("area_org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_union_org_id_fkey" FOREIGN KEY ("union_org_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour" ADD CONSTRAINT "honour_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour" ADD CONSTRAINT "honour_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour" ADD CONSTRAINT "honour_source_entry_id_fkey" FOREIGN KEY ("source_entry_id") REFERENCES "competition_entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_worker_service" ADD CONSTRAINT "model_worker_service_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_worker_service" ADD CONSTRAINT "model_worker_service_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_point" ADD CONSTRAINT "service_point_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activation_code" ADD CONSTRAINT "activation_code_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "profile_change_request" ADD CONSTRAINT "profile_change_request_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "profile_change_request" ADD CONSTRAINT "profile_change_request_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio" ADD CONSTRAINT "studio_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio" ADD CONSTRAINT "studio_lead_member_id_fkey" FOREIGN KEY ("lead_member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_member" ADD CONSTRAINT "studio_member_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_member" ADD CONSTRAINT "studio_member_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_achievement" ADD CONSTRAINT "studio_achievement_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_mentor_member_id_fkey" FOREIGN KEY ("mentor_member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_apprentice_member_id_fkey" FOREIGN KEY ("apprentice_member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Money integrity: ledger entries are append-only and the sign of an amount
-- follows its kind, so no code path can write a negative allocation or a
-- positive disbursement. Grants and budgets are never negative.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OR DELETE ON "ledger_entry"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON "ledger_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_sign" CHECK (
  ("kind" = 'ALLOCATION' AND "amount" > 0) OR ("kind" = 'DISBURSEMENT' AND "amount" < 0) OR ("kind" = 'REVERSAL' AND "amount" <> 0)
);

ALTER TABLE "grant" ADD CONSTRAINT "grant_amount_positive" CHECK ("amount" > 0);

ALTER TABLE "fund" ADD CONSTRAINT "fund_budget_not_negative" CHECK ("budget" >= 0);

ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_household" CHECK ("household_size" > 0 AND "household_income" >= 0);

ALTER TABLE "training_session" ADD CONSTRAINT "training_session_dates" CHECK ("ends_on" >= "starts_on" AND "hours" > 0 AND "extra_participants" >= 0);

ALTER TABLE "competition" ADD CONSTRAINT "competition_dates" CHECK ("ends_on" >= "starts_on");

-- Reference data (not demo data): the default activity types and aid rules.
-- Administrators can change both later.
INSERT INTO "activity_type" ("code", "name", "sort") VALUES
  ('LECTURE', '“双进”宣讲', 10),
  ('LEGAL_AID', '法律援助与调解', 20),
  ('SUMMER_COOLING', '夏季送清凉', 30),
  ('RECUPERATION', '疗休养', 40),
  ('JOB_FAIR', '招聘会', 50),
  ('HEALTH_CHECK', '健康体检', 60),
  ('SERVICE_STATION', '服务站点启用', 70),
  ('CULTURE', '职工文化活动', 80),
  ('OTHER', '其他', 999);

INSERT INTO "grant_policy" ("kind", "requires_hardship_file", "max_amount", "max_per_household_year", "notice_days", "updated_at") VALUES
  ('WARMTH', false, 2000.00, 3000.00, 5, now()),
  ('EDUCATION', true, 5000.00, 5000.00, 5, now()),
  ('MEDICAL', true, 20000.00, 30000.00, 5, now()),
  ('LIVING', true, 5000.00, 10000.00, 5, now()),
  ('MODEL_WORKER', false, 10000.00, 10000.00, 5, now()),
  ('OTHER', false, 2000.00, 5000.00, 5, now());
