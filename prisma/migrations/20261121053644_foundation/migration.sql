-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER', 'STAFF', 'MEMBER');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('ACTIVE', 'TRANSFERRED_OUT', 'LEFT');

-- CreateEnum
CREATE TYPE "MemberGroup" AS ENUM ('MIGRANT_WORKER', 'FRONTLINE', 'TRUCK_DRIVER', 'COURIER', 'FOOD_DELIVERY', 'RIDE_HAILING', 'LIVE_STREAMER', 'PROPERTY_STAFF');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('FEDERATION', 'COMMUNITY', 'INDEPENDENT', 'JOINT', 'INDUSTRY', 'NEW_EMPLOYMENT');

-- CreateEnum
CREATE TYPE "OrgStatus" AS ENUM ('ACTIVE', 'DISSOLVED');

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "username" VARCHAR(50) NOT NULL,
    "display_name" VARCHAR(50) NOT NULL,
    "password_hash" VARCHAR(100) NOT NULL,
    "role" "Role" NOT NULL,
    "org_id" INTEGER NOT NULL,
    "member_id" UUID,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_name" VARCHAR(50),
    "actor_role" "Role",
    "actor_org_id" INTEGER,
    "action" VARCHAR(50) NOT NULL,
    "entity_type" VARCHAR(50) NOT NULL,
    "entity_id" VARCHAR(64),
    "org_id" INTEGER,
    "details" JSONB,
    "ip" VARCHAR(64),

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(50) NOT NULL,
    "id_cipher" BYTEA NOT NULL,
    "id_hash" CHAR(64) NOT NULL,
    "id_masked" VARCHAR(18) NOT NULL,
    "birth_date" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "phone" VARCHAR(11) NOT NULL,
    "org_id" INTEGER NOT NULL,
    "joined_on" DATE NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "groups" "MemberGroup"[],
    "card_no" VARCHAR(20),
    "left_on" DATE,
    "left_reason" VARCHAR(200),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_transfer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "member_id" UUID NOT NULL,
    "from_org_id" INTEGER NOT NULL,
    "to_org_id" INTEGER NOT NULL,
    "transferred_on" DATE NOT NULL,
    "reason" VARCHAR(200),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "code" VARCHAR(12),
    "parent_id" INTEGER,
    "ancestor_ids" INTEGER[],
    "depth" INTEGER NOT NULL,
    "credit_code" VARCHAR(18),
    "employee_count" INTEGER,
    "covered_enterprises" INTEGER,
    "address" VARCHAR(200),
    "contact_name" VARCHAR(50),
    "contact_phone" VARCHAR(20),
    "founded_on" DATE,
    "status" "OrgStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_member_id_key" ON "app_user"("member_id");

-- CreateIndex
CREATE INDEX "app_user_org_id_idx" ON "app_user"("org_id");

-- CreateIndex
CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE UNIQUE INDEX "member_id_hash_key" ON "member"("id_hash");

-- CreateIndex
CREATE UNIQUE INDEX "member_card_no_key" ON "member"("card_no");

-- CreateIndex
CREATE INDEX "member_org_id_status_idx" ON "member"("org_id", "status");

-- CreateIndex
CREATE INDEX "member_name_idx" ON "member"("name");

-- CreateIndex
CREATE INDEX "member_phone_idx" ON "member"("phone");

-- CreateIndex
CREATE INDEX "member_groups_idx" ON "member" USING GIN ("groups");

-- CreateIndex
CREATE INDEX "member_transfer_member_id_transferred_on_idx" ON "member_transfer"("member_id", "transferred_on");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_code_key" ON "organisation"("code");

-- CreateIndex
CREATE INDEX "organisation_ancestor_ids_idx" ON "organisation" USING GIN ("ancestor_ids");

-- CreateIndex
CREATE INDEX "organisation_parent_id_name_idx" ON "organisation"("parent_id", "name");

-- CreateIndex
CREATE INDEX "organisation_level_idx" ON "organisation"("level");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member" ADD CONSTRAINT "member_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_transfer" ADD CONSTRAINT "member_transfer_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: refuse every UPDATE, DELETE and TRUNCATE.
-- The JS schema engine splits migration scripts on every semicolon, even inside
-- quotes, so the function body spells its semicolon as the escape \073.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''audit_log is append-only''\073 END';

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
