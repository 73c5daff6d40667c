// The app process as every launcher starts it: `npm start`, the tests, the benchmark.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { ROOT } from "./env";

/**
 * V8 sizes its old generation from the machine's memory and, given that much
 * room, lets the garbage of a long request (a 50,000-row import's checked
 * batches) pile up to ~760 MB before a full collection, though the import
 * holds one batch at a time. A cap makes it collect sooner: with 320 MB the
 * import's peak stayed near 470 MB whatever the row count. APP_HEAP_MB sets
 * it (0: V8's default); the dev server, which compiles in process, is left alone.
 */
export function appNodeOptions(env: NodeJS.ProcessEnv, dev = false): string | undefined {
  const mb = Number(env.APP_HEAP_MB ?? 320);
  if (dev || !mb) return env.NODE_OPTIONS;
  return [env.NODE_OPTIONS, `--max-old-space-size=${mb}`].filter(Boolean).join(" ");
}

/**
 * One Node process with tsx's loader, not the `tsx` command: that command is a
 * second Node process relaying signals to the server, ~50 MB of resident
 * memory for nothing, and a SIGKILL would reach it instead of the server.
 * APP_NODE names the Node the app runs on, where the launcher's own is older
 * (README, "Which Node"): Node 20 is past its end of life, and on Node 24 a
 * list page takes 10–17 % less.
 */
export function spawnApp(port: number, opts: { env: NodeJS.ProcessEnv; dev?: boolean; stdio?: StdioOptions }): ChildProcess {
  const args = ["--import", "tsx", "scripts/serve.ts", ...(opts.dev ? ["--dev"] : []), "-p", String(port)];
  const env = { ...opts.env, NODE_OPTIONS: appNodeOptions(opts.env, opts.dev) };
  return spawn(opts.env.APP_NODE || process.execPath, args, { cwd: ROOT, stdio: opts.stdio ?? "inherit", env });
}
