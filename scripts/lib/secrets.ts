// Secrets come from the environment. For the embedded zero-setup default they
// are generated once and kept beside the data (never in the repository), so a
// restart keeps sessions valid and encrypted ID numbers readable.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export type Secrets = { NEXTAUTH_SECRET: string; ID_NUMBER_KEY: string };

const NAMES = ["NEXTAUTH_SECRET", "ID_NUMBER_KEY"] as const;

export function loadSecrets(dir: string, { create }: { create: boolean }): Secrets {
  const file = path.join(dir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"));
  const out = {} as Secrets;
  let changed = false;
  for (const name of NAMES) {
    const v = process.env[name] ?? stored[name];
    if (v) {
      out[name] = v;
      continue;
    }
    if (!create) throw new Error(`${name} is not set. Set it in the environment (32 random bytes, base64).`);
    out[name] = stored[name] = crypto.randomBytes(32).toString("base64");
    changed = true;
  }
  if (changed) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return out;
}
