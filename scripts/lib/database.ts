// Brings a database to the current schema and, when asked, fills an empty one
// with the demo data set. Used by `npm start`, the test harness and the benchmark.
import pg from "pg";
import { loadDemoData } from "../../prisma/seed/demo";
import { migrate } from "./run";

export async function isEmpty(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query("SELECT count(*)::int AS n FROM organisation");
    return r.rows[0].n === 0;
  } finally {
    await c.end();
  }
}

export async function prepareDatabase(url: string, opts: { demo: boolean; log: (m: string) => void }) {
  opts.log("正在应用数据库迁移…");
  await migrate(url);
  if (!(await isEmpty(url))) return { seeded: false };
  if (!opts.demo) {
    opts.log("数据库为空。生产环境请用 `npm run bootstrap` 创建省级组织和首个管理员账号。");
    return { seeded: false };
  }
  opts.log("数据库为空，正在载入演示数据（约11万会员）…");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = Date.now();
  try {
    const r = await loadDemoData(c, { log: opts.log });
    opts.log(`演示数据已载入：${r.organisations} 个组织，${r.members} 名会员，${r.users} 个账号，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
  } finally {
    await c.end();
  }
  return { seeded: true };
}
