// Runs once when a server process starts: the dashboard's refresher folds new
// writes into the rollup every DASHBOARD_REFRESH_SECONDS from the start, not
// only once someone has opened a dashboard, so 数据截至 stays within its bound.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { keepRollupFresh, getRollupState } = await import("./lib/dashboard/facts");
    keepRollupFresh(await getRollupState().catch(() => null));
  }
}
