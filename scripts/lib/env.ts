// Where the project keeps its local state, and which ports it uses. Every
// value can be overridden so that two copies run side by side.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function dataDir() {
  return path.resolve(ROOT, process.env.DATA_DIR ?? ".data");
}

/** Base backups and the WAL archive of the embedded server (npm run backup / restore). */
export function backupDir() {
  return path.resolve(ROOT, process.env.BACKUP_DIR ?? path.join(dataDir(), "backup"));
}

/** Attachments on disk: the rule of lib/activities/attachments.ts (which the scripts cannot import: server-only). */
export function uploadDir() {
  return path.resolve(ROOT, process.env.UPLOAD_DIR || path.join(process.env.DATA_DIR || ".data", "uploads"));
}

export function appPort() {
  return Number(process.env.PORT ?? 3000);
}

/** The portal's database in the embedded cluster (`npm start`, migrations, the rollup CLI). */
export const PORTAL_DATABASE = "union_portal";

/**
 * Below Linux's ephemeral range (32768–60999), as the test clusters' 25439 and
 * 25460–25461 are: a port in it may be held by any outgoing connection of the
 * moment, and PostgreSQL then fails to start.
 */
export function embeddedPgPort() {
  return Number(process.env.EMBEDDED_PG_PORT ?? 25432);
}
