-- CreateEnum
CREATE TYPE "AssistTrade" AS ENUM ('MACHINING', 'WELDING', 'ELECTRICAL', 'PETROLEUM_EQUIPMENT', 'TEXTILE', 'CHEMICAL', 'ELECTRONICS', 'ENERGY_SAVING', 'SAFETY', 'QUALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "AssistUrgency" AS ENUM ('NORMAL', 'URGENT', 'CRITICAL');

-- CreateEnum
CREATE TYPE "AssistOrderStatus" AS ENUM ('OPEN', 'DISPATCHED', 'CLOSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "assist_order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" INTEGER NOT NULL,
    "enterprise_id" UUID NOT NULL,
    "trade" "AssistTrade" NOT NULL,
    "field" VARCHAR(100) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "urgency" "AssistUrgency" NOT NULL DEFAULT 'NORMAL',
    "preferred_studio_kind" "StudioKind",
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "requested_on" DATE NOT NULL,
    "status" "AssistOrderStatus" NOT NULL DEFAULT 'OPEN',
    "assignee_member_id" UUID,
    "assignee_studio_id" UUID,
    "dispatched_on" DATE,
    "dispatch_note" VARCHAR(500),
    "problems_solved" INTEGER,
    "workers_trained" INTEGER,
    "benefit" DECIMAL(14,2),
    "rating" INTEGER,
    "outcome_note" VARCHAR(1000),
    "closed_on" DATE,
    "cancel_reason" VARCHAR(200),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assist_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assist_visit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "order_id" UUID NOT NULL,
    "visited_on" DATE NOT NULL,
    "member_ids" UUID[],
    "visitors" VARCHAR(200) NOT NULL,
    "hours" DECIMAL(5,1) NOT NULL,
    "content" VARCHAR(1000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assist_visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assist_order_org_id_requested_on_idx" ON "assist_order"("org_id", "requested_on");

-- CreateIndex
CREATE INDEX "assist_order_assignee_member_id_status_idx" ON "assist_order"("assignee_member_id", "status");

-- CreateIndex
CREATE INDEX "assist_order_assignee_studio_id_status_idx" ON "assist_order"("assignee_studio_id", "status");

-- CreateIndex
CREATE INDEX "assist_order_enterprise_id_idx" ON "assist_order"("enterprise_id");

-- CreateIndex
CREATE INDEX "assist_visit_order_id_visited_on_idx" ON "assist_visit"("order_id", "visited_on");

-- CreateIndex
CREATE INDEX "assist_visit_member_ids_idx" ON "assist_visit" USING GIN ("member_ids");

-- AddForeignKey
ALTER TABLE "assist_order" ADD CONSTRAINT "assist_order_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assist_order" ADD CONSTRAINT "assist_order_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assist_order" ADD CONSTRAINT "assist_order_assignee_member_id_fkey" FOREIGN KEY ("assignee_member_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assist_order" ADD CONSTRAINT "assist_order_assignee_studio_id_fkey" FOREIGN KEY ("assignee_studio_id") REFERENCES "studio"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assist_visit" ADD CONSTRAINT "assist_visit_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "assist_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
