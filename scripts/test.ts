// npm test — the whole suite, on a fresh database, against a production build:
//   type check → lint → unit tests → (embedded PostgreSQL, fresh database,
//   migrations, demo data) → next build → next start → integration tests over
//   real HTTP → browser tests in Debian's Chromium.
//   → Lighthouse (mobile) on the member and joining pages, accessibility ≥ 90, performance ≥ 65 (members) / 60 (joining).
// `npm test -- unit e2e` runs only the named steps (static, unit, integration, e2e, lighthouse);
// any other word filters test files: `npm test -- integration member-list`.
import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { dataDir } from "./lib/env";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { prepareDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/build";
import { waitForHealth } from "./lib/health";
import { ensureChromium } from "./lib/chromium";
import { nginxBinary } from "./lib/nginx";
import { bin, generateClient, run } from "./lib/run";
import { spawnApp } from "./lib/app-process";

const STEPS = ["static", "unit", "integration", "e2e", "lighthouse"] as const;
const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const isStep = (a: string): a is (typeof STEPS)[number] => (STEPS as readonly string[]).includes(a);
const steps = args.filter(isStep);
const fileFilters = args.filter((a) => !isStep(a));
const wanted = new Set(steps.length ? steps : STEPS);
const log = (m: string) => console.log(`\n[test] ${m}`);

let db: EmbeddedDb | null = null;
let dbName: string | null = null;
let app: ChildProcess | null = null;

async function cleanup() {
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  if (db) {
    if (dbName) await db.dropDatabase(dbName).catch(() => undefined);
    await db.stop();
  }
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

async function main() {
  const started = Date.now();
  if (wanted.has("e2e") || wanted.has("lighthouse")) ensureChromium(log);
  // The two-process drill puts nginx in front of both (deploy/nginx.conf).
  if (wanted.has("integration")) nginxBinary(log);
  await generateClient();

  if (wanted.has("static")) {
    log("类型检查 (tsc)");
    await run(bin("tsc"), ["--noEmit", "-p", "."]);
    log("代码检查 (eslint)");
    await run(bin("eslint"), [".", "--max-warnings=0"]);
  }
  if (wanted.has("unit")) {
    log("单元测试 (vitest unit)");
    await run(bin("vitest"), ["run", "--project", "unit", ...fileFilters]);
  }
  if (!wanted.has("integration") && !wanted.has("e2e") && !wanted.has("lighthouse")) return started;

  // A fresh database for this run, on a test cluster of its own so a running
  // `npm start` portal is never touched.
  // Below Linux's ephemeral range (32768–60999): a port in it may be held, as the local end
  // of one of the suite's own client connections, when a cluster starts.
  const pgPort = Number(process.env.TEST_PG_PORT ?? 25439);
  const appPort = Number(process.env.TEST_PORT ?? 3100);
  log(`启动测试用 PostgreSQL（端口 ${pgPort}）`);
  db = await startEmbeddedDb({ dir: path.join(dataDir(), "test", `pg-${pgPort}`), port: pgPort });
  dbName = `union_test_${Date.now()}`;
  await db.ensureDatabase(dbName);
  const url = db.urlFor(dbName);
  const secrets = {
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    ID_NUMBER_KEY: crypto.randomBytes(32).toString("base64"),
  };
  Object.assign(process.env, secrets); // the demo loader encrypts with this key
  await prepareDatabase(url, { demo: true, log });

  await buildIfNeeded(log);
  const baseUrl = `http://localhost:${appPort}`;
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: url,
    APP_URL: baseUrl,
    NEXTAUTH_URL: baseUrl,
    // The tests stand in for a reverse proxy on this machine: they name the
    // client in X-Forwarded-For, so throttles and audit addresses are testable.
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1,::1",
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_PG_PORT: String(pgPort),
  };
  log(`启动生产构建 (scripts/serve.ts，端口 ${appPort})`);
  app = spawnApp(appPort, { env, stdio: ["ignore", "inherit", "inherit"] });
  await waitForHealth(baseUrl, 90_000, "测试应用在90秒内没有就绪");

  if (wanted.has("integration")) {
    log("集成测试 (vitest integration，真实 HTTP + PostgreSQL)");
    await run(bin("vitest"), ["run", "--project", "integration", ...fileFilters], { env });
  }
  if (wanted.has("e2e")) {
    log("浏览器测试 (Playwright + Chromium)");
    await run(bin("playwright"), ["test", ...fileFilters], { env });
  }
  if (wanted.has("lighthouse")) {
    log("Lighthouse（移动端）：会员页面与入会页面，无障碍 ≥ 90，性能与脚本体积不低于各页下限");
    await run(bin("tsx"), ["scripts/lighthouse.ts"], { env });
  }
  return started;
}

main()
  .then(async (started) => {
    await cleanup();
    log(`全部通过，用时 ${Math.round((Date.now() - started) / 1000)} 秒`);
    process.exit(0);
  })
  .catch(async (e) => {
    await cleanup();
    console.error(`\n[test] 失败：${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
