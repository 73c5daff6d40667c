// Per role, everything a caller can read about one member without the audited
// reveal — every GET of the OpenAPI document (so a new route joins by itself),
// the export files among them, and the portal's pages — combined: it must
// leave at least 10,000 possible ID numbers. The full number is obtained once,
// through the audited reveal, only to know the truth to count against.
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../helpers/xlsx";
import { as, type Client } from "../helpers/http";
import { one, sql } from "../helpers/db";
import { countCandidates, emptyObserved, type Observed } from "../helpers/id-exposure";

type Op = { path: string; params: { name: string; in: string; schema?: { type?: string; format?: string } }[] };

const ROLES = ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff"];
const MEMBER_REFS = ["member_id", "lead_member_id", "mentor_member_id", "apprentice_member_id"];

let member: { id: string; name: string; org_id: number; idNumber: string };
let related: string[] = [];
let ops: Op[] = [];

/** Every column, in every table, that refers to a member. */
async function memberRefs() {
  const r = await sql().query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = ANY($1) AND table_name <> 'member'`,
    [MEMBER_REFS],
  );
  return r.rows;
}

/** The member referenced from the most tables, in 建湖: enrolments, entries, files, grants, studios … */
async function pickMember(): Promise<{ id: string; name: string; org_id: number }> {
  const refs = await memberRefs();
  const union = refs.map((r) => `SELECT "${r.column_name}" AS m, '${r.table_name}' AS t FROM "${r.table_name}"`).join(" UNION ALL ");
  return one(
    `SELECT m.id, m.name, m.org_id FROM (${union}) x JOIN member m ON m.id = x.m JOIN organisation o ON o.id = m.org_id
     WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '建湖县总工会')] AND m.phone <> '13800000001'
     GROUP BY m.id, m.name, m.org_id ORDER BY count(DISTINCT x.t) DESC, m.id LIMIT 1`,
  );
}

/** Ids of every row that names the member, and of what those rows point to: candidates for path parameters. */
async function relatedIds(memberId: string): Promise<string[]> {
  const refs = await memberRefs();
  const out = new Set<string>([memberId]);
  for (const r of refs) {
    const rows = (await sql().query(`SELECT * FROM "${r.table_name}" WHERE "${r.column_name}" = $1 LIMIT 5`, [memberId])).rows;
    for (const row of rows) for (const [k, v] of Object.entries(row)) if ((k === "id" || k.endsWith("_id")) && v != null) out.add(String(v));
  }
  return [...out];
}

function fits(value: string, schema: Op["params"][number]["schema"]) {
  if (schema?.format === "uuid") return /^[0-9a-f-]{36}$/i.test(value);
  if (schema?.type === "integer") return /^\d+$/.test(value);
  return true;
}

/** Every concrete GET URL: path parameters from the related ids; queries that find the member. */
function urls(): string[] {
  const out: string[] = [];
  for (const op of ops) {
    const pathParams = op.params.filter((p) => p.in === "path");
    let paths = [op.path];
    for (const p of pathParams) {
      paths = paths.flatMap((path) => related.filter((v) => fits(v, p.schema)).map((v) => path.replace(`{${p.name}}`, v))).slice(0, 60);
    }
    const names = new Set(op.params.filter((p) => p.in === "query").map((p) => p.name));
    const query = new URLSearchParams();
    if (names.has("q")) query.set("q", member.name);
    if (names.has("memberId")) query.set("memberId", member.id);
    // The member's own union: the walk stays quick at province scope and still finds them.
    if (names.has("orgId")) query.set("orgId", String(member.org_id));
    if (names.has("pageSize")) query.set("pageSize", "100");
    const qs = query.size ? `?${query}` : "";
    out.push(...paths.map((p) => p + qs));
  }
  return out;
}

type Seen = Observed & { fullNumber: string[] };

/** Reads a JSON value: objects that are the member or name them contribute their fields. */
function observeJson(v: unknown, seen: Seen, attributed = false) {
  if (Array.isArray(v)) return v.forEach((x) => observeJson(x, seen, attributed));
  if (!v || typeof v !== "object") return;
  const o = v as Record<string, unknown>;
  const mine = attributed || o.id === member.id || Object.entries(o).some(([k, x]) => /memberId$/i.test(k) && x === member.id);
  for (const [k, x] of Object.entries(o)) {
    if (x && typeof x === "object") {
      observeJson(x, seen, mine && /^member$/i.test(k));
      continue;
    }
    if (!mine) continue;
    if (typeof x === "string" && /^[0-9*]{17}[0-9X*]$/i.test(x) && consistent(x)) seen.masks.push(x);
    if (/birth/i.test(k) && typeof x === "string" && /^\d{4}-\d{2}-\d{2}/.test(x)) seen.dates.push(x.slice(0, 10));
    if (/birth/i.test(k) && typeof x === "number") seen.years.push(x);
    if (/(^a|A)ge$/.test(k) && typeof x === "number") seen.ages.push(x);
    if (/sex|gender/i.test(k) && (x === "MALE" || x === "FEMALE")) seen.sexes.push(x);
  }
}

/** A masked number that could be this member's (lists show others with the same name). */
const consistent = (mask: string) => [...mask].every((ch, i) => ch === "*" || ch.toUpperCase() === member.idNumber[i]);

/** An export row is the member's when it carries their name and a mask consistent with their number. */
function observeSheet(rows: string[][], seen: Seen) {
  const [header, ...data] = rows;
  if (!header) return;
  for (const row of data) {
    const maskAt = row.findIndex((c) => /^[0-9*]{17}[0-9X*]$/i.test(c));
    if (!row.includes(member.name) || maskAt < 0 || !consistent(row[maskAt])) continue;
    header.forEach((h, i) => {
      const c = row[i];
      if (/身份证/.test(h) && /^[0-9*]{17}[0-9X*]$/i.test(c)) seen.masks.push(c);
      if (/出生/.test(h) && /^\d{4}-\d{2}-\d{2}$/.test(c)) seen.dates.push(c);
      if (/出生/.test(h) && /^\d{4}$/.test(c)) seen.years.push(Number(c));
      if (/年龄/.test(h) && /^\d+$/.test(c)) seen.ages.push(Number(c));
      if (/性别/.test(h)) seen.sexes.push(c === "男" ? "MALE" : "FEMALE");
    });
  }
}

/** Any text that names the member: the full number or their birth date written out anywhere. */
function observeText(text: string, seen: Seen) {
  if (text.includes(member.idNumber)) seen.fullNumber.push(member.idNumber);
  if (!text.includes(member.id) && !text.includes(member.name)) return;
  const [y, m, d] = [member.idNumber.slice(6, 10), member.idNumber.slice(10, 12), member.idNumber.slice(12, 14)];
  const forms = [`${y}-${m}-${d}`, `${y}${m}${d}`, `${y}年${Number(m)}月${Number(d)}日`, `${y}/${m}/${d}`];
  if (forms.some((f) => text.includes(f))) seen.dates.push(`${y}-${m}-${d}`);
}

async function collect(client: Client): Promise<{ seen: Seen; fetched: string[] }> {
  const seen: Seen = { ...emptyObserved(), fullNumber: [] };
  const fetched: string[] = [];
  const pages = [`/members/${member.id}`, `/members?q=${encodeURIComponent(member.name)}`, `/members/${member.id}/edit`];
  for (const url of [...urls(), ...pages]) {
    const res = await client.fetchRaw("GET", url);
    const type = res.headers.get("content-type") ?? "";
    const buf = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) continue;
    fetched.push(url);
    if (type.includes("spreadsheetml")) {
      const rows = await readXlsx(buf);
      observeSheet(rows, seen);
      observeText(rows.map((r) => r.join("\t")).join("\n"), seen);
    } else {
      const text = buf.toString("utf8");
      observeText(text, seen);
      if (type.includes("json")) observeJson(JSON.parse(text), seen);
    }
  }
  return { seen, fetched };
}

beforeAll(async () => {
  const picked = await pickMember();
  const admin = await as("jianhu.admin");
  const revealed = await admin.post(`/api/v1/members/${picked.id}/id-number`);
  expect(revealed.status).toBe(200);
  member = { ...picked, idNumber: revealed.data.idNumber };
  related = await relatedIds(member.id);

  const doc = (await admin.get("/api/v1/openapi.json")).data as { paths: Record<string, Record<string, { parameters?: Op["params"] }>> };
  ops = Object.entries(doc.paths)
    .filter(([path, item]) => item.get && !path.endsWith("/openapi.json"))
    .map(([path, item]) => ({ path, params: item.get.parameters ?? [] }));
}, 180_000);

describe("what each role sees of a member, combined, leaves ≥ 10,000 ID numbers", () => {
  it("has routes and related records to walk", () => {
    expect(ops.length).toBeGreaterThan(40);
    expect(ops.some((o) => o.path === "/api/v1/members/{id}")).toBe(true);
    expect(related.length).toBeGreaterThan(3); // the member, their union, and rows in other modules
  });

  for (const role of ROLES) {
    it(`as ${role}`, async () => {
      const { seen, fetched } = await collect(await as(role));
      // The walk must have reached the member through several modules, or it proves nothing.
      expect(fetched).toContain(`/api/v1/members/${member.id}`);
      expect(fetched.filter((u) => !u.startsWith("/api/v1/members")).length).toBeGreaterThan(5);
      expect(seen.masks.length).toBeGreaterThan(0);
      expect(seen.fullNumber, "the full number outside the audited reveal").toEqual([]);
      const n = countCandidates(member.idNumber, seen);
      expect(n, `what ${role} saw: ${JSON.stringify({ ...seen, masks: [...new Set(seen.masks)] })}`).toBeGreaterThanOrEqual(10_000);
    }, 120_000);
  }
});
