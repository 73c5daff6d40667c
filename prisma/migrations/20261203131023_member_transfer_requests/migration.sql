-- CreateEnum
CREATE TYPE "TransferRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "member_transfer_request" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "member_id" UUID NOT NULL,
    "from_org_id" INTEGER NOT NULL,
    "to_org_id" INTEGER NOT NULL,
    "status" "TransferRequestStatus" NOT NULL DEFAULT 'PENDING',
    "reason" VARCHAR(200),
    "by_member" BOOLEAN NOT NULL DEFAULT false,
    "requested_by_id" UUID NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "cancel_reason" VARCHAR(200),

    CONSTRAINT "member_transfer_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "member_transfer_request_member_id_status_idx" ON "member_transfer_request"("member_id", "status");

-- CreateIndex
CREATE INDEX "member_transfer_request_to_org_id_status_idx" ON "member_transfer_request"("to_org_id", "status");

-- CreateIndex
CREATE INDEX "member_transfer_request_from_org_id_status_idx" ON "member_transfer_request"("from_org_id", "status");

-- AddForeignKey
ALTER TABLE "member_transfer_request" ADD CONSTRAINT "member_transfer_request_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
