// Role and scope before the body (authed() in lib/http/api.ts): every
// state-changing operation of the OpenAPI document, sent by a role that may not
// send it or about a record outside the caller's scope, answers 403 or 404 —
// with a malformed body (a parsed body would be a 400) and, for a sample, a
// 2 MB one (a read body would be a 413). New routes join by themselves.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { sendOnce } from "../helpers/xlsx";

type Op = { method: string; path: string; params: { name: string; in: string; schema?: { type?: string; format?: string } }[] };

/** Operations a role may send (lib/http/api.ts: WRITERS and the routes' own `writers`); a leader's reveal is refused by lib/members, still a 403. */
const ALLOWED: Record<string, RegExp> = {
  "jianhu.leader": /^\/api\/v1\/me\/two-factor\//,
  "13800000001": /^\/api\/v1\/(me\/(?!two-factor)|member-transfers$|member-transfers\/\{id\}\/cancel$|members\/\{id\}\/id-number$)/,
  "jianhu.rsj": /^\/api\/v1\/reform\/(tasks\/\{id\}\/reports|reports\/\{id\}\/attachments)$/,
};
/** Resources whose records authed() finds in the caller's scope before the body (lib/http/write-scope.ts). */
const SCOPED = /^\/api\/v1\/(members|organisations|grants|funds|hardship-files|contracts|enterprises|trainings|competitions|activities|studios|honours|model-worker-services|assist-orders|rights-cases|reform\/plans|reform\/tasks)\/\{id\}/;

const MALFORMED = Buffer.from(`{"x": ${"[".repeat(50_000)}`);
const HUGE = Buffer.from(`{"notes": "${"x".repeat(2 * 1024 * 1024)}`);

let ops: Op[] = [];
const c: Record<string, Client> = {};
const jianhuIds = new Map<string, string>();

const filler = (p: Op["params"][number]) => (p.schema?.format === "uuid" ? "00000000-0000-4000-8000-000000000000" : p.schema?.type === "integer" ? "999999999" : "x");

/** The path with its first parameter a real record of 建湖县 (from the list it hangs under), the others fillers. */
async function filled(op: Op): Promise<string> {
  let url = op.path;
  for (const [i, p] of op.params.filter((x) => x.in === "path").entries()) {
    let value = filler(p);
    if (i === 0) {
      const parent = op.path.slice(0, op.path.indexOf("/{"));
      if (!jianhuIds.has(parent)) {
        const r = await c["jianhu.staff"].get(`${parent}?pageSize=1`);
        const id = r.status === 200 && r.data?.data?.[0]?.id != null ? String(r.data.data[0].id) : null;
        if (id) jianhuIds.set(parent, id);
      }
      value = jianhuIds.get(parent) ?? value;
    }
    url = url.replace(`{${p.name}}`, value);
  }
  return url;
}

async function refusals(user: string, list: Op[], body: Buffer) {
  const wrong: string[] = [];
  for (const op of list) {
    const url = await filled(op);
    const r = await sendOnce(c[user], op.method, url, body);
    const code = (() => {
      try {
        return JSON.parse(r.text).error?.code;
      } catch {
        return null;
      }
    })();
    if (!((r.status === 403 && code === "FORBIDDEN") || (r.status === 404 && code === "NOT_FOUND"))) wrong.push(`${user} ${op.method} ${url}: ${r.status} ${r.text.slice(0, 120)}`);
  }
  return wrong;
}

beforeAll(async () => {
  for (const u of ["jianhu.staff", "xuyi.staff", "jianhu.leader", "13800000001", "jianhu.rsj"]) c[u] = await as(u);
  const doc = (await c["jianhu.staff"].get("/api/v1/openapi.json")).data as { paths: Record<string, Record<string, { parameters?: Op["params"]; security?: unknown[] }>> };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      // Public operations (`security: []`: the activation code, 网上入会) take anyone's body by design.
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (method !== "get" && !isPublic) ops.push({ method: method.toUpperCase(), path, params: op.parameters ?? [] });
    }
  }
  ops = ops.sort((a, b) => a.path.localeCompare(b.path));
}, 60_000);

describe("a forbidden write is refused before its body is read", () => {
  it("covers the API's writes", () => {
    expect(ops.length).toBeGreaterThan(90);
    // The public ones are exactly the activation and the online application's two.
    expect(ops.some((o) => o.path === "/api/v1/activate" || o.path.startsWith("/api/v1/join/"))).toBe(false);
    expect(ops.filter((o) => SCOPED.test(o.path)).length).toBeGreaterThan(50);
  });

  for (const user of Object.keys(ALLOWED)) {
    it(`${user}: 403/404 on every write it may not send, with a malformed body`, async () => {
      const list = ops.filter((o) => !ALLOWED[user].test(o.path));
      expect(list.length).toBeGreaterThan(80);
      expect(await refusals(user, list, MALFORMED)).toEqual([]);
    }, 180_000);
  }

  it("another county's staff: 404 on every write to a 建湖县 record, with a malformed body", async () => {
    const list = ops.filter((o) => SCOPED.test(o.path));
    const wrong = await refusals("xuyi.staff", list, MALFORMED);
    expect(wrong).toEqual([]);
    // Every scoped resource had a real 建湖县 record to aim at, so the 404s are the scope's, not a filler id's.
    const parents = new Set(list.map((o) => o.path.slice(0, o.path.indexOf("/{"))));
    expect([...parents].filter((p) => !jianhuIds.has(p))).toEqual([]);
  }, 180_000);

  it("a 2 MB body gets the same 403/404, not 413, on a sample of money, member and record routes", async () => {
    const sample = ops.filter((o) => /\/(grants\/\{id\}\/disburse|funds\/\{id\}\/allocations|members\/\{id\}|members|organisations\/\{id\}|trainings|hardship-files\/\{id\})$/.test(o.path));
    expect(sample.length).toBeGreaterThanOrEqual(6);
    expect(await refusals("jianhu.leader", sample, HUGE)).toEqual([]);
    expect(await refusals("13800000001", sample, HUGE)).toEqual([]);
    expect(await refusals("xuyi.staff", sample.filter((o) => SCOPED.test(o.path)), HUGE)).toEqual([]);
  }, 120_000);

  it("while the same routes still parse the body for those who may write (a malformed body is a 400)", async () => {
    const r = await sendOnce(c["jianhu.staff"], "POST", "/api/v1/members", MALFORMED);
    expect(r.status).toBe(400);
    const member = (await c["jianhu.staff"].get("/api/v1/members?pageSize=1")).data.data[0].id;
    const p = await sendOnce(c["jianhu.staff"], "PATCH", `/api/v1/members/${member}`, MALFORMED);
    expect(p.status).toBe(400);
  });
});
