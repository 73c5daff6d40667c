-- CreateEnum
CREATE TYPE "ReformUnitKind" AS ENUM ('PARTY', 'GOVERNMENT', 'UNION', 'ENTERPRISE', 'OTHER');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PARTNER';

-- AlterTable
ALTER TABLE "activity_attachment" ADD COLUMN     "report_id" UUID,
ALTER COLUMN "record_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "partner_unit_id" INTEGER;

-- CreateTable
CREATE TABLE "reform_plan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reform_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_area" (
    "id" SERIAL NOT NULL,
    "plan_id" UUID NOT NULL,
    "sort" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,

    CONSTRAINT "reform_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_unit" (
    "id" SERIAL NOT NULL,
    "org_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "ReformUnitKind" NOT NULL,
    "linked_org_id" INTEGER,
    "contact_name" VARCHAR(50),
    "contact_phone" VARCHAR(20),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reform_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_task" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "plan_id" UUID NOT NULL,
    "area_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "content" VARCHAR(2000),
    "lead_unit_id" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "target" VARCHAR(500),
    "indicator_key" VARCHAR(60),
    "indicator_target" DECIMAL(14,2),
    "percent" INTEGER NOT NULL DEFAULT 0,
    "last_report_on" DATE,
    "completed_on" DATE,
    "completed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reform_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_task_unit" (
    "task_id" UUID NOT NULL,
    "unit_id" INTEGER NOT NULL,

    CONSTRAINT "reform_task_unit_pkey" PRIMARY KEY ("task_id","unit_id")
);

-- CreateTable
CREATE TABLE "reform_task_pilot" (
    "id" SERIAL NOT NULL,
    "task_id" UUID NOT NULL,
    "enterprise_id" UUID,
    "industry" VARCHAR(100),

    CONSTRAINT "reform_task_pilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_milestone" (
    "id" SERIAL NOT NULL,
    "task_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "percent" INTEGER NOT NULL,
    "description" VARCHAR(200),

    CONSTRAINT "reform_milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_report" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "task_id" UUID NOT NULL,
    "unit_id" INTEGER,
    "reported_on" DATE NOT NULL,
    "content" VARCHAR(2000) NOT NULL,
    "percent" INTEGER,
    "reason" VARCHAR(500),
    "created_by_id" UUID,
    "created_by_name" VARCHAR(50),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reform_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_task_event" (
    "id" SERIAL NOT NULL,
    "task_id" UUID NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "reason" VARCHAR(500),
    "on" DATE NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reform_task_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "plan_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "attendee_unit_ids" INTEGER[],
    "minutes" VARCHAR(5000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reform_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reform_decision" (
    "id" SERIAL NOT NULL,
    "meeting_id" UUID NOT NULL,
    "content" VARCHAR(1000) NOT NULL,
    "owner_unit_id" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "done_on" DATE,

    CONSTRAINT "reform_decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reform_plan_org_id_year_idx" ON "reform_plan"("org_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "reform_plan_org_id_year_title_key" ON "reform_plan"("org_id", "year", "title");

-- CreateIndex
CREATE UNIQUE INDEX "reform_area_plan_id_name_key" ON "reform_area"("plan_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "reform_unit_org_id_name_key" ON "reform_unit"("org_id", "name");

-- CreateIndex
CREATE INDEX "reform_task_lead_unit_id_idx" ON "reform_task"("lead_unit_id");

-- CreateIndex
CREATE INDEX "reform_task_deadline_idx" ON "reform_task"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "reform_task_plan_id_number_key" ON "reform_task"("plan_id", "number");

-- CreateIndex
CREATE INDEX "reform_task_unit_unit_id_idx" ON "reform_task_unit"("unit_id");

-- CreateIndex
CREATE INDEX "reform_task_pilot_task_id_idx" ON "reform_task_pilot"("task_id");

-- CreateIndex
CREATE UNIQUE INDEX "reform_milestone_task_id_due_on_key" ON "reform_milestone"("task_id", "due_on");

-- CreateIndex
CREATE INDEX "reform_report_task_id_reported_on_idx" ON "reform_report"("task_id", "reported_on");

-- CreateIndex
CREATE INDEX "reform_task_event_task_id_idx" ON "reform_task_event"("task_id");

-- CreateIndex
CREATE INDEX "reform_meeting_plan_id_held_on_idx" ON "reform_meeting"("plan_id", "held_on");

-- CreateIndex
CREATE INDEX "reform_decision_meeting_id_idx" ON "reform_decision"("meeting_id");

-- CreateIndex
CREATE INDEX "activity_attachment_report_id_idx" ON "activity_attachment"("report_id");


-- AddForeignKey
ALTER TABLE "activity_attachment" ADD CONSTRAINT "activity_attachment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reform_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One store for activity records' and progress reports' attachments: each row belongs to exactly one.
ALTER TABLE "activity_attachment" ADD CONSTRAINT "activity_attachment_one_owner" CHECK (num_nonnulls("record_id", "report_id") = 1);

-- Percentages are 0–100 whatever writes them.
ALTER TABLE "reform_task" ADD CONSTRAINT "reform_task_percent_range" CHECK ("percent" BETWEEN 0 AND 100);
ALTER TABLE "reform_report" ADD CONSTRAINT "reform_report_percent_range" CHECK ("percent" BETWEEN 0 AND 100);
ALTER TABLE "reform_milestone" ADD CONSTRAINT "reform_milestone_percent_range" CHECK ("percent" BETWEEN 0 AND 100);

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_partner_unit_id_fkey" FOREIGN KEY ("partner_unit_id") REFERENCES "reform_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_plan" ADD CONSTRAINT "reform_plan_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_area" ADD CONSTRAINT "reform_area_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reform_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_unit" ADD CONSTRAINT "reform_unit_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_unit" ADD CONSTRAINT "reform_unit_linked_org_id_fkey" FOREIGN KEY ("linked_org_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task" ADD CONSTRAINT "reform_task_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reform_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task" ADD CONSTRAINT "reform_task_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "reform_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task" ADD CONSTRAINT "reform_task_lead_unit_id_fkey" FOREIGN KEY ("lead_unit_id") REFERENCES "reform_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task_unit" ADD CONSTRAINT "reform_task_unit_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task_unit" ADD CONSTRAINT "reform_task_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "reform_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task_pilot" ADD CONSTRAINT "reform_task_pilot_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task_pilot" ADD CONSTRAINT "reform_task_pilot_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_milestone" ADD CONSTRAINT "reform_milestone_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_report" ADD CONSTRAINT "reform_report_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_report" ADD CONSTRAINT "reform_report_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "reform_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_task_event" ADD CONSTRAINT "reform_task_event_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_meeting" ADD CONSTRAINT "reform_meeting_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reform_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_decision" ADD CONSTRAINT "reform_decision_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "reform_meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reform_decision" ADD CONSTRAINT "reform_decision_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "reform_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
