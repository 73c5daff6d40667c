-- Running totals in monthly blocks (lib/dashboard/facts.ts). A day row of
-- dashboard_fact held the total from the first day on, so a write dated in
-- the past rewrote every later day of its nodes: up to some 1,100 rows for
-- each node and metric (the days since the cutoff), 2.15 million rows for a
-- fold of 5,000 writes at 20 million members. Now a day row holds the total
-- since the first of its month, and dashboard_month the total up to the end
-- of each month: a write dated in the past rewrites the rest of its month (at
-- most 30 rows) and the months after it (one row a month).
--
-- The day rows change meaning, so the rollup is emptied here: the next run
-- of the refresher finds it missing and rebuilds it (minutes at 20 million
-- members, the dashboards computing live meanwhile), or run
-- npm run dashboard:rebuild during the upgrade.
-- (No apostrophes or semicolons in these comments: the migration runner splits
-- the script on semicolons outside quotes, and reads an apostrophe as one.)

-- CreateTable
CREATE TABLE "dashboard_month" (
    "node_id" INTEGER NOT NULL,
    "metric" VARCHAR(60) NOT NULL,
    "month" DATE NOT NULL,
    "cum" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "dashboard_month_pkey" PRIMARY KEY ("node_id","metric","month")
);

TRUNCATE dashboard_fact, dashboard_last_entry, dashboard_org_fact, dashboard_org_last;
DELETE FROM dashboard_refresh;
