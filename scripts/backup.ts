// npm run backup — an online base backup of the embedded database (and the
// uploaded files) into BACKUP_DIR (default <DATA_DIR>/backup/base/<time>).
// Works while `npm start` runs; otherwise starts the embedded server for the
// backup and stops it again. Keeps the newest BACKUP_KEEP (default 7) backups
// and the archived WAL they need. A DATABASE_URL server: see README (pg_dump).
import fs from "node:fs";
import path from "node:path";
import { backupDir, dataDir, embeddedPgPort, uploadDir } from "./lib/env";
import { runningPostmaster, startEmbeddedDb } from "./lib/embedded-db";
import { pruneBackups, takeBaseBackup } from "./lib/backup";

const log = (m: string) => console.log(`[backup] ${m}`);

async function main() {
  if (process.env.DATABASE_URL) throw new Error("npm run backup 只用于内置数据库；外部 PostgreSQL 请用 pg_dump / pg_basebackup（见 README）");
  const pgDir = path.join(dataDir(), "pg");
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) throw new Error(`没有找到内置数据库：${pgDir}`);
  const root = backupDir();
  const running = runningPostmaster(pgDir);
  const server = running ? null : await startEmbeddedDb({ dir: pgDir, port: embeddedPgPort(), archiveDir: path.join(root, "wal") });
  try {
    const info = await takeBaseBackup({ pgDir, port: running?.port ?? embeddedPgPort(), root, uploads: uploadDir() });
    log(`基础备份完成：${path.join(root, "base", info.name)}（一致时间点 ${info.consistentAt}）`);
  } finally {
    await server?.stop();
  }
  const keep = Number(process.env.BACKUP_KEEP ?? 7);
  const pruned = pruneBackups(root, keep);
  if (pruned.removedBackups || pruned.removedWal) log(`已清理 ${pruned.removedBackups} 个旧备份、${pruned.removedWal} 个不再需要的 WAL 文件（保留最新 ${keep} 个）`);
}

main().catch((e) => {
  console.error(`[backup] 失败：${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
