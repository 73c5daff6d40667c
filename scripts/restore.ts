// npm run restore — puts the embedded database back from a base backup:
//   npm run restore                                   the newest backup, as it was when taken
//   npm run restore -- --to "2026-12-03 10:30:00"     replay the WAL archive up to that moment
//                                                     (Beijing time unless an offset is given)
//   npm run restore -- --backup 20261203T020000Z      a given backup
//   npm run restore -- --list                         the backups there are
// Stop `npm start` first. The previous data folder is kept beside the new one.
import fs from "node:fs";
import path from "node:path";
import { backupDir, dataDir, embeddedPgPort, uploadDir } from "./lib/env";
import { runningPostmaster } from "./lib/embedded-db";
import { listBackups, parseTarget, restoreBackup } from "./lib/backup";

const log = (m: string) => console.log(`[restore] ${m}`);
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  if (process.env.DATABASE_URL) throw new Error("npm run restore 只用于内置数据库；外部 PostgreSQL 的恢复见 README");
  const root = backupDir();
  const backups = listBackups(root);
  if (process.argv.includes("--list")) {
    for (const b of backups) log(`${b.name}  一致时间点 ${b.consistentAt}`);
    return;
  }
  const pgDir = path.join(dataDir(), "pg");
  if (runningPostmaster(pgDir)) throw new Error("数据库正在运行：请先停止 npm start（Ctrl-C），再恢复");
  const to = arg("to") ? parseTarget(arg("to")!) : undefined;
  const name = arg("backup");
  const candidates = backups.filter((b) => (!name || b.name === name) && (!to || new Date(b.consistentAt) <= to));
  const backup = candidates[candidates.length - 1];
  if (!backup) throw new Error(name ? `没有名为 ${name} 的备份${to ? "（或它晚于恢复目标时间）" : ""}` : to ? "没有早于该时间点的基础备份" : `${root} 中没有备份`);
  const { kept } = await restoreBackup({ pgDir, port: embeddedPgPort(), root, uploads: uploadDir(), backup, to, log });
  if (kept) log(`原数据目录保留在 ${kept}，确认恢复无误后可删除`);
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) throw new Error("恢复后的数据目录不完整");
}

main().catch((e) => {
  console.error(`[restore] 失败：${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
