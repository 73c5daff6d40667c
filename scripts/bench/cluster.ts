// The benchmark's app processes: one scripts/serve.ts (the default), or with
// `--apps=N` (N ≥ 2) N of them behind nginx, as README "Deployment" runs the
// portal — the committed deploy/nginx.conf with its upstream servers and
// listen port replaced, under a throw-away nginx master of its own (no system
// service touched). Debian's nginx is installed with apt-get when missing.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../lib/env";
import { waitForHealth } from "../lib/health";
import { spawnApp } from "../lib/app-process";
import { startNginx } from "../lib/nginx";

export type Cluster = {
  /** Where the benchmark sends its requests: nginx, or the only app. */
  base: string;
  apps: number;
  /** The first app process (memory is measured on it). */
  main: ChildProcess;
  stop(): Promise<void>;
};

/** `--apps=N` from the command line; 1 without it. */
export function appsArg(argv = process.argv): number {
  const raw = argv.find((a) => a.startsWith("--apps="))?.slice("--apps=".length);
  const n = raw === undefined ? 1 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`--apps must be a whole number from 1 to 8, not ${raw}`);
  return n;
}

/**
 * Starts the app(s) and, for more than one, nginx on `port`; the apps then
 * listen on BENCH_APP_PORTS (comma-separated) or port+1, port+2, ….
 * Every process gets the same env (one NEXTAUTH_SECRET: a session signed in on
 * one is good on the others).
 */
export async function startCluster(opts: { apps: number; port: number; env: NodeJS.ProcessEnv; log: (m: string) => void }): Promise<Cluster> {
  const { apps, port, log } = opts;
  const listed = process.env.BENCH_APP_PORTS?.split(",").map(Number) ?? [];
  const appPorts = apps === 1 ? [port] : Array.from({ length: apps }, (_, i) => listed[i] ?? port + 1 + i);
  // Behind nginx on this host the apps believe its X-Forwarded-For (the benchmark's client address) and leave compression to it.
  const env = { ...opts.env, ...(apps > 1 ? { TRUSTED_PROXIES: "127.0.0.1,::1", COMPRESS: "0" } : {}) };
  const children: ChildProcess[] = [];
  // Stopped newest first: nginx before the apps behind it.
  const stop = async () => {
    for (const c of [...children].reverse()) {
      if (c.exitCode !== null || c.signalCode !== null) continue;
      const exited = new Promise((r) => c.once("exit", r));
      c.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
  };
  try {
    for (const p of appPorts) {
      children.push(spawnApp(p, { env, stdio: ["ignore", "ignore", "inherit"] }));
    }
    await Promise.all(appPorts.map((p) => waitReady(`http://localhost:${p}`)));
    if (apps === 1) return { base: `http://localhost:${port}`, apps, main: children[0], stop };

    log(`${apps} app processes on ${appPorts.join(", ")}, nginx on ${port}`);
    children.push(startNginx(path.join(ROOT, ".data", "bench", "nginx"), port, appPorts, log));
    await waitReady(`http://localhost:${port}`);
    return { base: `http://localhost:${port}`, apps, main: children[0], stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

const waitReady = (base: string) => waitForHealth(base, 90_000, `${base} did not become ready within 90 s`);
