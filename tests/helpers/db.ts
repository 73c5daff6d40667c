// Direct SQL for test set-up and for checking what the API did. Tests never
// mock the database: this is the same PostgreSQL the app under test uses.
import bcrypt from "bcryptjs";
import pg from "pg";

let pool: pg.Pool | null = null;

export function sql() {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  return pool;
}

export async function one<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T> {
  const r = await sql().query(text, params);
  if (r.rowCount === 0) throw new Error(`no row for: ${text}`);
  return r.rows[0] as T;
}

export async function all<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await sql().query(text, params)).rows as T[];
}

export async function orgIdByName(name: string): Promise<number> {
  return (await one<{ id: number }>("SELECT id FROM organisation WHERE name = $1", [name])).id;
}

/** Some member of a union below the given organisation. */
export async function memberBelow(orgName: string): Promise<{ id: string; org_id: number }> {
  return one(
    `SELECT m.id, m.org_id FROM member m JOIN organisation o ON o.id = m.org_id
     WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = $1)] AND m.status = 'ACTIVE'
       AND m.phone <> '13800000001'
     ORDER BY m.id LIMIT 1`,
    [orgName],
  );
}

/** A grassroots union below the given organisation. */
export async function unionBelow(orgName: string, offset = 0): Promise<number> {
  const r = await one<{ id: number }>(
    `SELECT o.id FROM organisation o
     WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = $1)] AND o.level = 'GRASSROOTS'
     ORDER BY o.id OFFSET $2 LIMIT 1`,
    [orgName, offset],
  );
  return r.id;
}

/** Members (or tally rows) whose county_id is not their organisation's ancestor at depth 2 (migrations member_county_id, member_tally_county): none, always. */
export async function countyDrift(table: "member" | "member_tally" = "member"): Promise<number> {
  return (
    await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} m JOIN organisation o ON o.id = m.org_id WHERE m.county_id IS DISTINCT FROM o.ancestor_ids[3]`,
    )
  ).n;
}

let tempUsers = 0;
/** A throwaway account (staff of 建湖县 unless told), so demo accounts are never locked, throttled or enrolled. */
export async function tempUser(role = "STAFF", org = "建湖县总工会", password = "Demo@2026") {
  const username = `t${Date.now()}${tempUsers++}`;
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     VALUES ($1, '测试账号', $2, $3, (SELECT id FROM organisation WHERE name = $4), now())`,
    [username, bcrypt.hashSync(password, 10), role, org],
  );
  return username;
}
