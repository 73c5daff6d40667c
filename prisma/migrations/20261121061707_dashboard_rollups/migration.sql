-- The dashboard rollup (lib/dashboard/facts.ts): running totals per organisation
-- (depth <= 3), metric and day, when records were last entered, and the refresh state.
-- CreateTable
CREATE TABLE "dashboard_fact" (
    "node_id" INTEGER NOT NULL,
    "metric" VARCHAR(60) NOT NULL,
    "day" DATE NOT NULL,
    "cum" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "dashboard_fact_pkey" PRIMARY KEY ("node_id","metric","day")
);

-- CreateTable
CREATE TABLE "dashboard_last_entry" (
    "node_id" INTEGER NOT NULL,
    "source" VARCHAR(30) NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dashboard_last_entry_pkey" PRIMARY KEY ("node_id","source")
);

-- CreateTable
CREATE TABLE "dashboard_refresh" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL,
    "cutoff" DATE NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "metrics" TEXT[],

    CONSTRAINT "dashboard_refresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex: a name search within a scope reads the matching members of each union
-- in that scope instead of every member of the province with that name.
CREATE INDEX "member_org_id_name_idx" ON "member"("org_id", "name");
