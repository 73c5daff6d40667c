// `npm start` builds the app only when its sources changed since the last
// build: a content hash of everything the build reads is kept in .next/.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./env";
import { bin, run } from "./run";

const INPUTS = ["app", "components", "lib", "public", "prisma/schema", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const HASH_FILE = path.join(ROOT, ".next", "source-hash");

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) return void out.push(p);
  for (const name of fs.readdirSync(p).sort()) {
    // The generated Prisma client follows from prisma/schema, which is hashed.
    if (name === "node_modules" || name === "generated" || name.endsWith(".test.ts")) continue;
    walk(path.join(p, name), out);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const i of INPUTS) walk(path.join(ROOT, i), files);
  const h = crypto.createHash("sha256");
  for (const f of files) h.update(path.relative(ROOT, f)).update("\0").update(fs.readFileSync(f));
  return h.digest("hex");
}

export async function buildIfNeeded(log: (m: string) => void) {
  const hash = sourceHash();
  const built = fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(HASH_FILE) && fs.readFileSync(HASH_FILE, "utf8") === hash;
  if (built) return log("应用已是最新构建，跳过构建");
  log("正在构建应用（首次约需数分钟）…");
  await run(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(HASH_FILE, hash);
}
