// npm run bootstrap — first set-up of a production database (no demo data):
// creates the root organisation and the first administrator.
//   DATABASE_URL=… BOOTSTRAP_ADMIN_PASSWORD=… npm run bootstrap -- --org 江苏省总工会 --code 320000 --level PROVINCE --admin admin
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { passwordProblem } from "../lib/auth/password-policy";
import { migrate } from "./lib/run";

function arg(name: string, fallback?: string) {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (!v) throw new Error(`缺少参数 --${name}`);
  return v;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("请设置 DATABASE_URL");
  const password = process.env.BOOTSTRAP_ADMIN_PASSWORD;
  if (!password) throw new Error("请通过环境变量 BOOTSTRAP_ADMIN_PASSWORD 提供管理员初始密码（不要写在命令行参数里）");
  const org = arg("org", "江苏省总工会");
  const code = arg("code", "320000");
  const level = arg("level", "PROVINCE");
  const admin = arg("admin", "admin");
  const problem = passwordProblem(password, [admin]);
  if (problem) throw new Error(problem);

  await migrate(url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    const existing = await c.query("SELECT count(*)::int AS n FROM organisation");
    if (existing.rows[0].n > 0) throw new Error("数据库中已有组织数据，bootstrap 只用于空数据库");
    const o = await c.query(
      `INSERT INTO organisation (name, level, kind, code, ancestor_ids, depth, updated_at)
       VALUES ($1, $2, 'FEDERATION', $3, '{}', 0, now()) RETURNING id`,
      [org, level, code],
    );
    const id = o.rows[0].id;
    await c.query("UPDATE organisation SET ancestor_ids = ARRAY[id] WHERE id = $1", [id]);
    await c.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
       VALUES ($1, '系统管理员', $2, 'ADMIN', $3, now())`,
      [admin, await hashPassword(password), id],
    );
    await c.query("COMMIT");
    console.log(`已创建 ${org}（${code}）和管理员账号 ${admin}`);
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    await c.end();
  }
}

main().catch((e) => {
  console.error(`bootstrap 失败：${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
