import { spawn, type SpawnOptions } from "node:child_process";
import { ROOT } from "./env";

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

export const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;

/** Runs a command quietly; its output is shown only if it fails. */
export function runQuiet(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, ...opts, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} failed (${code}):\n${out}`)),
    );
  });
}

export async function migrate(databaseUrl: string) {
  const out = await runQuiet(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
  const applied = out.match(/The following migration\(s\) have been applied/);
  return { applied: Boolean(applied) };
}

export async function generateClient() {
  // The schema's datasource names DATABASE_URL, but generating needs no database.
  await runQuiet(bin("prisma"), ["generate"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
  });
}
