// The whole API fuzzed from its OpenAPI document: every operation, every path
// and query parameter and every body field gets wrong types, huge and empty
// values, control characters and injection strings, as a signed-in member of
// staff and anonymously. Nothing may answer 5xx or show a stack trace. A new
// route or field is fuzzed as soon as it is documented.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";

type Param = { name: string; in: string; schema?: { type?: string | string[]; format?: string } };
type Op = { method: string; path: string; params: Param[]; fields: string[]; intFields: [string, unknown][]; required: string[]; json: boolean };
type Prop = { type?: string; items?: { type?: string } };
type Probe = { method: string; url: string; body?: string | Uint8Array; type?: string; what: string };

const QUERY_VALUES = [
  "", "\u0000", "a\u0000b", "\u0007", "\u202e", "%", "_", "%_%", "\\", "' OR '1'='1", "1; DROP TABLE member;--",
  "../../etc/passwd", "<script>alert(1)</script>", "x".repeat(10_000), "-1", "0", "1e400", "9".repeat(40), "NaN",
  "true", "2026-02-30", "[]", "{}", "😀".repeat(60),
];
/** Sent as they are: bytes that are not UTF-8, and percent signs that escape nothing. */
const RAW_QUERY_VALUES = ["%FF", "%ED%A0%80", "%", "%%41", "%C0%AF"];
const BODY_VALUES: unknown[] = [
  null, true, 123, -1, 1e308, 0.1, "", "\u0000", "a\u0000b", "\u0007", "x".repeat(200_000), [], {}, [1, 2], { $ne: 1 },
  "' OR 1=1--", "<img src=x onerror=alert(1)>", "%_", "../../etc/passwd", "2026-13-45", "9".repeat(400), "\ud800", "-0.001",
];
/** Values sent only where no other field is required: they are valid text and could be stored. */
const VALID_TEXT = new Set(["' OR 1=1--", "<img src=x onerror=alert(1)>", "%_", "../../etc/passwd", "-0.001", ""]);
const PATH_VALUES = ["0", "-1", "99999999999999999999", "abc", "%00", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "x".repeat(3000)];
const WHOLE_BODIES = ["{", "[]", "null", '"x"', "123", "{}{}", "[".repeat(5000) + "]".repeat(5000)];
/** One past PostgreSQL's int4, which every serial id is: sent to every integer parameter and field, as the lists above rotate. */
const PAST_INT4 = 2_147_483_648;
/** How many values each parameter or field gets: enough to cover the lists across fields, bounded in time. */
const PER_FIELD = 2;

const STACK = /\n\s+at |node_modules|\.(ts|js|mjs):\d+|PrismaClient|Invalid `prisma|TypeError|ReferenceError/;

let ops: Op[] = [];
let staff: Client;
const realIds = new Map<string, string>();

function pick<T>(list: T[], seed: number, n = PER_FIELD): T[] {
  return Array.from({ length: Math.min(n, list.length) }, (_, i) => list[(seed * n + i) % list.length]);
}

const defaultFor = (p: Param) => (p.schema?.format === "uuid" ? "00000000-0000-4000-8000-000000000000" : p.schema?.type === "integer" ? "999999999" : "x");

/** A real id for the first path parameter of a GET, from the list the path hangs under. */
async function realId(path: string): Promise<string | null> {
  const parent = path.slice(0, path.indexOf("/{"));
  if (realIds.has(parent)) return realIds.get(parent)!;
  const r = await staff.get(`${parent}?pageSize=1`);
  const id = r.status === 200 && Array.isArray(r.data?.data) && r.data.data[0]?.id != null ? String(r.data.data[0].id) : null;
  if (id) realIds.set(parent, id);
  return id;
}

async function probes(op: Op, seed: number): Promise<Probe[]> {
  const out: Probe[] = [];
  const fill = async (path: string) => {
    let p = path;
    for (const [i, param] of op.params.filter((x) => x.in === "path").entries()) {
      const real = i === 0 && op.method === "GET" ? await realId(path) : null;
      p = p.replace(`{${param.name}}`, real ?? defaultFor(param));
    }
    return p;
  };
  const base = await fill(op.path);
  const send = (what: string, url: string, body?: unknown, raw?: string) =>
    out.push({ method: op.method, url, what, ...(op.method === "GET" || op.method === "DELETE" ? {} : { body: raw ?? JSON.stringify(body ?? {}), type: "application/json" }) });

  // Path parameters, one at a time.
  for (const [i, param] of op.params.filter((x) => x.in === "path").entries()) {
    for (const v of pick(PATH_VALUES, seed + i)) {
      let url = op.path.replace(`{${param.name}}`, v);
      for (const other of op.params.filter((x) => x.in === "path" && x !== param)) url = url.replace(`{${other.name}}`, defaultFor(other));
      send(`path ${param.name}=${v.slice(0, 20)}`, url);
    }
  }
  // Query parameters, one at a time. An export with a harmless value is a whole
  // county's spreadsheet: exports get only values that must be refused.
  const exporting = op.path.endsWith("/export");
  for (const [i, param] of op.params.filter((x) => x.in === "query").entries()) {
    if (exporting) {
      for (const v of ["\u0000", "x".repeat(10_000)]) send(`query ${param.name}=${JSON.stringify(v.slice(0, 20))}`, `${base}?${param.name}=${encodeURIComponent(v)}`);
      continue;
    }
    for (const v of pick(QUERY_VALUES, seed + i)) send(`query ${param.name}=${JSON.stringify(v.slice(0, 20))}`, `${base}?${param.name}=${encodeURIComponent(v)}`);
    for (const v of pick(RAW_QUERY_VALUES, seed + i, 1)) send(`raw query ${param.name}=${v}`, `${base}?${param.name}=${v}`);
    if (param.schema?.type === "integer") send(`query ${param.name}=${PAST_INT4}`, `${base}?${param.name}=${PAST_INT4}`);
  }
  if (op.method === "GET" || op.method === "DELETE") return out;
  // Body fields, one at a time; valid-looking text only where it cannot complete a request.
  const values = op.required.length ? BODY_VALUES : BODY_VALUES.filter((v) => !(typeof v === "string" && VALID_TEXT.has(v)));
  for (const [i, field] of op.fields.entries()) {
    for (const v of pick(values, seed + i)) send(`body ${field}=${JSON.stringify(v)?.slice(0, 20)}`, base, { [field]: v });
  }
  for (const [field, v] of op.intFields) send(`body ${field}=${JSON.stringify(v)}`, base, { [field]: v });
  // Whole bodies that are not the object asked for, and bodies that are not JSON.
  for (const raw of pick(WHOLE_BODIES, seed, 3)) send(`raw body ${raw.slice(0, 12)}`, base, undefined, raw);
  if (op.json) out.push({ method: op.method, url: base, body: "a=1", type: "application/x-www-form-urlencoded", what: "form body" });
  return out;
}

async function run(client: Client, list: Probe[]) {
  const failures: string[] = [];
  const slow: [number, string][] = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const p = list[next++];
      const started = Date.now();
      const res = await client.fetchRaw(p.method, p.url, { body: p.body as BodyInit, headers: p.type ? { "content-type": p.type } : {} });
      const text = await res.text();
      slow.push([Date.now() - started, `${p.method} ${p.url.slice(0, 100)} (${p.what})`]);
      if (res.status >= 500) failures.push(`${res.status} ${p.method} ${p.url.slice(0, 120)} (${p.what}): ${text.slice(0, 200)}`);
      else if (STACK.test(text)) failures.push(`stack trace in ${p.method} ${p.url.slice(0, 120)} (${p.what}): ${text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  // Where the time went, for whoever has to keep this test quick as the API grows.
  console.log(`${client.name}: ${list.length} requests; slowest:`, slow.sort((a, b) => b[0] - a[0]).slice(0, 5));
  return failures;
}

beforeAll(async () => {
  staff = await as("jianhu.staff");
  const doc = (await staff.get("/api/v1/openapi.json")).data as {
    paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema?: { properties?: Record<string, Prop>; required?: string[] } }> } }>>;
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const schema = op.requestBody?.content["application/json"]?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        fields: Object.keys(schema?.properties ?? {}),
        intFields: Object.entries(schema?.properties ?? {}).flatMap(([name, prop]): [string, unknown][] =>
          prop.type === "integer" ? [[name, PAST_INT4]] : prop.type === "array" && prop.items?.type === "integer" ? [[name, [PAST_INT4]]] : [],
        ),
        required: schema?.required ?? [],
        json: Boolean(schema),
      });
    }
  }
  // Sign-out and account routes would end the session being fuzzed with.
  ops = ops.filter((o) => !/\/(logout|signout)$/.test(o.path));
});

describe("the API under fuzzing", () => {
  it("documents enough operations to be worth fuzzing", () => {
    expect(ops.length).toBeGreaterThan(100);
    expect(ops.filter((o) => o.fields.length).length).toBeGreaterThan(30);
  });

  it("never answers 5xx nor shows a stack trace to a signed-in member of staff", async () => {
    const list = (await Promise.all(ops.map((op, i) => probes(op, i)))).flat();
    expect(list.length).toBeGreaterThan(1000);
    const failures = await run(staff, list);
    expect(failures).toEqual([]);
  }, 240_000);

  it("never answers 5xx nor shows a stack trace to an anonymous caller", async () => {
    const anon = new Client();
    const list = (await Promise.all(ops.map((op, i) => probes(op, i)))).flat().filter((_, i) => i % 4 === 0);
    const failures = await run(anon, list);
    expect(failures).toEqual([]);
  }, 120_000);
});
