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

export async function migrate(databaseUrl: string) {
  await run(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
}

export async function generateClient() {
  await run(bin("prisma"), ["generate"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
  });
}
