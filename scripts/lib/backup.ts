// Backups of the embedded PostgreSQL: a base backup taken online through
// PostgreSQL's own backup API, plus the WAL archive the server writes while it
// runs (scripts/lib/embedded-db.ts, archive_command). Restoring copies a base
// backup back and lets PostgreSQL replay the archive up to the backup's end or
// to a chosen moment (point-in-time recovery). Uploaded files travel with each
// base backup. Layout under BACKUP_DIR (default <DATA_DIR>/backup):
//   wal/                 archived WAL segments (written by the server)
//   base/<stamp>/        pgdata/ (the data folder with backup_label), uploads/, backup.json
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedUrl, ownedLikeDataDir, shellQuote, startEmbeddedDb } from "./embedded-db";

export type BackupInfo = {
  name: string;
  label: string;
  startLsn: string;
  stopLsn: string;
  /** First WAL segment the backup needs: older archived segments serve no kept backup. */
  startWalFile: string;
  /** The server's clock when the backup was complete: a restore target must be later. */
  consistentAt: string;
  uid: number;
  gid: number;
};

// Contents PostgreSQL rebuilds or must not be restored (docs: "Making a Base
// Backup Using the Low Level API"); the folders themselves are kept.
const EMPTIED = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const OMITTED = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "recovery.signal", "standby.signal"]);

/**
 * Copies a folder that a running server may change underneath: a file that
 * disappears mid-copy is skipped (WAL replay recreates whatever it held).
 * Existing files at the target are kept when overwrite is false.
 */
export function copyTree(src: string, dst: string, opts: { top?: boolean; overwrite?: boolean } = {}) {
  fs.mkdirSync(dst, { recursive: true });
  let names: string[];
  try {
    names = fs.readdirSync(src);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  for (const name of names) {
    if (opts.top && OMITTED.has(name)) continue;
    if (name.startsWith("pgsql_tmp")) continue;
    const from = path.join(src, name);
    const to = path.join(dst, name);
    try {
      const st = fs.lstatSync(from);
      if (st.isDirectory()) {
        if (opts.top && EMPTIED.has(name)) fs.mkdirSync(to, { recursive: true });
        else copyTree(from, to, { overwrite: opts.overwrite });
      } else if (st.isFile() && (opts.overwrite !== false || !fs.existsSync(to))) {
        fs.copyFileSync(from, to);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
}

const stamp = (d = new Date()) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

export function listBackups(root: string): BackupInfo[] {
  const base = path.join(root, "base");
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .filter((n) => fs.existsSync(path.join(base, n, "backup.json")))
    .sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(base, n, "backup.json"), "utf8")) as BackupInfo);
}

/**
 * An online base backup of the server on `port` whose data folder is pgDir:
 * pg_backup_start, copy, pg_backup_stop in one session, the returned label
 * written into the copy. pg_backup_stop waits until the WAL the backup needs
 * is archived, so a finished backup is restorable on its own.
 */
export async function takeBaseBackup(opts: { pgDir: string; port: number; root: string; uploads: string }): Promise<BackupInfo> {
  const c = new pg.Client({ connectionString: embeddedUrl(opts.port, "postgres") });
  await c.connect();
  try {
    const { archive_mode } = (await c.query("SHOW archive_mode")).rows[0];
    if (archive_mode === "off") throw new Error("服务器未开启 WAL 归档：请先停止并用当前版本的 npm start 重新启动，再备份");
    const name = stamp();
    const partial = path.join(opts.root, "base", `.partial-${name}`);
    fs.rmSync(partial, { recursive: true, force: true });
    // From here on the server archives its WAL (see archiveSettings): before pg_backup_start.
    fs.mkdirSync(path.join(opts.root, "base"), { recursive: true });
    const label = `union-portal ${name}`;
    const start = (await c.query("SELECT pg_backup_start($1, true)::text AS lsn", [label])).rows[0].lsn as string;
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null; now: Date };
    try {
      copyTree(opts.pgDir, path.join(partial, "pgdata"), { top: true });
    } finally {
      // Always end the backup (also after a failed copy): the session holds it open.
      stop = (await c.query("SELECT lsn::text, labelfile, spcmapfile, now() AS now FROM pg_backup_stop(true)")).rows[0];
    }
    fs.mkdirSync(path.join(partial, "pgdata", "pg_wal", "archive_status"), { recursive: true });
    fs.writeFileSync(path.join(partial, "pgdata", "backup_label"), stop.labelfile);
    if (stop.spcmapfile) fs.writeFileSync(path.join(partial, "pgdata", "tablespace_map"), stop.spcmapfile);
    copyTree(opts.uploads, path.join(partial, "uploads"));
    const { uid, gid } = fs.statSync(opts.pgDir);
    const info: BackupInfo = {
      name,
      label,
      startLsn: start,
      stopLsn: stop.lsn,
      startWalFile: /\(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1] ?? "",
      consistentAt: new Date(stop.now).toISOString(),
      uid,
      gid,
    };
    fs.writeFileSync(path.join(partial, "backup.json"), JSON.stringify(info, null, 2));
    fs.renameSync(partial, path.join(opts.root, "base", name)); // only a complete backup gets its name
    return info;
  } finally {
    await c.end();
  }
}

/** Keeps the newest `keep` base backups and the archived WAL the oldest of them needs. */
export function pruneBackups(root: string, keep: number): { removedBackups: number; removedWal: number } {
  const all = listBackups(root);
  const gone = all.slice(0, Math.max(0, all.length - keep));
  for (const b of gone) fs.rmSync(path.join(root, "base", b.name), { recursive: true, force: true });
  const oldest = all[all.length - keep < 0 ? 0 : all.length - keep];
  let removedWal = 0;
  const wal = path.join(root, "wal");
  if (oldest?.startWalFile && fs.existsSync(wal)) {
    // Compare log and segment numbers only (as pg_archivecleanup does): the
    // timeline prefix differs after a restore. History files are always kept.
    const needed = oldest.startWalFile.slice(8);
    for (const f of fs.readdirSync(wal)) {
      if (/^[0-9A-F]{24}(\.partial|\.[0-9A-F]{8}\.backup)?$/.test(f) && f.slice(8, 24) < needed) {
        fs.rmSync(path.join(wal, f));
        removedWal++;
      }
    }
  }
  return { removedBackups: gone.length, removedWal };
}

/** A restore target as PostgreSQL reads it; a time without an offset is Beijing time. */
export function parseTarget(text: string): Date {
  const withZone = /([zZ]|[+-]\d{2}(:?\d{2})?)$/.test(text.trim()) ? text.trim() : `${text.trim()}+08:00`;
  const d = new Date(withZone.replace(" ", "T"));
  if (Number.isNaN(d.getTime())) throw new Error(`无法识别的时间：${text}（例：2026-12-03 10:30:00 或 2026-12-03T02:30:00Z）`);
  return d;
}

/**
 * Replaces the stopped server's data folder with a base backup and replays the
 * WAL archive: to the end of the backup, or up to `to`. The previous folder is
 * kept beside it (its unarchived WAL is offered to the replay too). Uploaded
 * files of the backup are put back without removing newer ones (stored names
 * are random and never reused, and records after the backup may refer to them).
 */
export async function restoreBackup(opts: { pgDir: string; port: number; root: string; uploads: string; backup: BackupInfo; to?: Date; log: (m: string) => void }) {
  const { pgDir, root, backup } = opts;
  const wal = path.join(root, "wal");
  const from = path.join(root, "base", backup.name);
  let kept: string | null = null;
  if (fs.existsSync(pgDir)) {
    kept = `${pgDir}.before-restore-${stamp()}`;
    fs.renameSync(pgDir, kept);
  }
  copyTree(path.join(from, "pgdata"), pgDir);
  if (kept) {
    // Segments the server wrote but had not archived yet (the last minutes before the stop).
    const archived = new Set(fs.existsSync(wal) ? fs.readdirSync(wal) : []);
    for (const f of fs.readdirSync(path.join(kept, "pg_wal"))) {
      if (/^[0-9A-F]{24}$/.test(f) && !archived.has(f)) fs.copyFileSync(path.join(kept, "pg_wal", f), path.join(pgDir, "pg_wal", f));
    }
  }
  fs.writeFileSync(path.join(pgDir, "recovery.signal"), "");
  chownTree(pgDir, backup.uid, backup.gid);
  fs.chmodSync(pgDir, 0o700);
  ownedLikeDataDir(pgDir, wal);

  const target: Record<string, string> = opts.to
    ? // PostgreSQL takes numeric offsets only here (no "Z").
      { recovery_target_time: opts.to.toISOString().replace("T", " ").replace("Z", "+00"), recovery_target_timeline: "latest" }
    : { recovery_target: "immediate", recovery_target_timeline: "current" };
  opts.log(opts.to ? `从基础备份 ${backup.name} 重放 WAL 至 ${opts.to.toISOString()}…` : `恢复到基础备份 ${backup.name}…`);
  // Recovery settings are given for this start only, so nothing of them stays in the configuration.
  const server = await startEmbeddedDb({
    dir: pgDir,
    port: opts.port,
    archiveDir: wal,
    settings: { restore_command: `cp ${shellQuote(wal)}/%f %p`, recovery_target_action: "promote", ...target },
  });
  try {
    const c = new pg.Client({ connectionString: server.urlFor("postgres") });
    await c.connect();
    const r = await c.query("SELECT pg_is_in_recovery() AS recovering, pg_walfile_name(pg_current_wal_lsn()) AS wal");
    await c.end();
    if (r.rows[0].recovering) throw new Error("恢复后数据库仍处于恢复模式");
    opts.log(`恢复完成（新时间线 ${parseInt(r.rows[0].wal.slice(0, 8), 16)}）`);
  } finally {
    await server.stop();
  }
  copyTree(path.join(from, "uploads"), opts.uploads, { overwrite: false });
  return { kept };
}

function chownTree(p: string, uid: number, gid: number) {
  fs.chownSync(p, uid, gid);
  if (!fs.lstatSync(p).isDirectory()) return;
  for (const n of fs.readdirSync(p)) chownTree(path.join(p, n), uid, gid);
}
