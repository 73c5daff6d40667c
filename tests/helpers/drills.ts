// The reliability drills start servers of their own beside the harness's app
// and database: more app processes of the same production build (on the
// harness's database or on a cluster of their own) that they may kill. Each is
// started as production runs it (scripts/serve.ts, which `npm start` uses), in
// one Node process (`node --import tsx`, not the tsx launcher, which would
// leave the server running when a SIGKILL ends the launcher).
// Every process started here is stopped by stopAll() (afterAll of each drill).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Below Linux's ephemeral range (32768–60999). The drills start and restart their
// clusters mid-suite, while the suite holds hundreds of client connections, each
// on an ephemeral local port: on 54360 a start once failed with "could not bind
// IPv4 address: Address already in use" though no server listened there.
const pgBase = Number(process.env.TEST_DRILL_PG_PORT ?? 25460);
const appBase = Number(process.env.TEST_DRILL_PORT ?? 3220);

/** Override the bases to run two copies side by side. */
export const DRILL_PG_PORTS = { backup: pgBase, crash: pgBase + 1 } as const;
export const DRILL_APP_PORTS = { crash: appBase, second: appBase + 1, nginx: appBase + 2, nginxSecond: appBase + 3 } as const;

export type App = { base: string; child: ChildProcess; output: () => string };
const started = new Set<ChildProcess>();

/** Another server of the build under test, on the harness's database unless env says otherwise. */
export async function startApp(port: number, env: Record<string, string> = {}): Promise<App> {
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  let out = "";
  child.stdout!.on("data", (d) => (out = (out + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (out = (out + d).slice(-20_000)));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.ts exited (${child.exitCode}):\n${out}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { base, child, output: () => out };
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`scripts/serve.ts on ${port} was not ready within 90 s:\n${out}`);
}

/** Ends an app (SIGKILL: no chance to finish anything; SIGTERM: a normal stop) and waits for it. */
export async function stopApp(app: App, signal: NodeJS.Signals = "SIGTERM") {
  if (app.child.exitCode === null && app.child.signalCode === null) {
    const exited = new Promise((r) => app.child.once("exit", r));
    app.child.kill(signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  started.delete(app.child);
}

export async function stopAll() {
  for (const child of [...started]) await stopApp({ base: "", child, output: () => "" }, "SIGKILL");
}
