// npm run dashboard:rebuild — the dashboard rollup's full rebuild, outside any
// request. The administrator's 立即刷新 (POST /api/v1/dashboard/refresh) runs
// the same rebuild inside a request, which at 20 M members outlasts the five
// minutes Node allows one; this runs it for as long as it takes, under the same
// advisory lock as the app's refresher, so it is safe beside running servers.
//   DATABASE_URL=… npm run dashboard:rebuild   (without it: the embedded server
//   of a running `npm start`, EMBEDDED_PG_PORT)
// Run by tsx with --conditions=react-server: lib/ marks itself server-only.
import { embeddedUrl } from "./lib/embedded-db";
import { embeddedPgPort, PORTAL_DATABASE } from "./lib/env";

async function main() {
  process.env.DATABASE_URL ??= embeddedUrl(embeddedPgPort(), PORTAL_DATABASE);
  // After DATABASE_URL is settled: the client reads it when first imported.
  const { refreshRollup } = await import("../lib/dashboard/facts");
  const { todayCST } = await import("../lib/dates");
  const { db } = await import("../lib/db/client");
  const started = Date.now();
  const state = await refreshRollup(todayCST(), { timeoutMs: 4 * 60 * 60_000 });
  await db.$disconnect();
  if (!state) {
    console.error("[rollup] 另一进程正在刷新数据看板，请稍后再试");
    process.exit(2);
  }
  console.log(JSON.stringify({ refreshedAt: state.refreshedAt.toISOString(), durationMs: state.durationMs, wallMs: Date.now() - started, cutoff: state.cutoff }));
}

main().catch((e) => {
  console.error("[rollup]", e instanceof Error ? e.message : e);
  process.exit(1);
});
