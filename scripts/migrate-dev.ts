// npm run db:migrate:dev -- --name <change> — after editing prisma/schema/*.prisma,
// creates and applies a new migration against the embedded development
// database (or DATABASE_URL). Stop `npm start` first: both use the same cluster.
import path from "node:path";
import { dataDir, embeddedPgPort, PORTAL_DATABASE } from "./lib/env";
import { startEmbeddedDb } from "./lib/embedded-db";
import { bin, run } from "./lib/run";

async function main() {
  let url = process.env.DATABASE_URL;
  const db = url ? null : await startEmbeddedDb({ dir: path.join(dataDir(), "pg"), port: embeddedPgPort() });
  if (db) {
    await db.ensureDatabase(PORTAL_DATABASE);
    url = db.urlFor(PORTAL_DATABASE);
  }
  try {
    await run(bin("prisma"), ["migrate", "dev", ...process.argv.slice(2)], { env: { ...process.env, DATABASE_URL: url } });
  } finally {
    await db?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
