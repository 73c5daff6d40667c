-- CreateEnum
CREATE TYPE "TargetScope" AS ENUM ('OWN', 'SUBTREE');

-- AlterTable
ALTER TABLE "target" ADD COLUMN     "scope" "TargetScope" NOT NULL DEFAULT 'SUBTREE';
