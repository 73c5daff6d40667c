// Downloads: a record's title cannot break out of Content-Disposition, every
// export checks scope before it audits or sends a byte, and exported text
// cannot become a formula.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { all, one, orgIdByName } from "../helpers/db";
import { download, readXlsx } from "../helpers/xlsx";
import { trainingInput } from "../helpers/fixtures";

let staff: Client;
let jianhu: number;
let xuyi: number;
let staffUserId: string;

beforeAll(async () => {
  staff = await as("jianhu.staff");
  jianhu = await orgIdByName("建湖县总工会");
  xuyi = await orgIdByName("盱眙县总工会");
  staffUserId = (await one<{ id: string }>("SELECT id FROM app_user WHERE username = 'jianhu.staff'")).id;
});

const training = (title: string) => trainingInput(jianhu, { title });

/** Content-Disposition parameters as a browser reads them: split on `;` outside quoted strings. */
function params(header: string): [string, string][] {
  return [...header.matchAll(/;\s*([^=;\s]+)=("(?:[^"\\]|\\.)*"|[^;]*)/g)].map((m) => [m[1], m[2]]);
}

describe("Content-Disposition", () => {
  it("keeps a hostile training title inside the file name", async () => {
    const title = `q"; filename*=UTF-8''evil.html`;
    const t = await staff.post("/api/v1/trainings", training(title));
    expect(t.status).toBe(201);
    const r = await download(staff, `/api/v1/trainings/${t.data.id}/enrolments/export`);
    expect(r.status).toBe(200);
    const p = params(r.disposition);
    expect(p.map(([k]) => k)).toEqual(["filename", "filename*"]);
    expect(p[0][1]).toMatch(/^"[^"\\;]*\.xlsx"$/);
    const utf8 = decodeURIComponent(p[1][1].replace(/^UTF-8''/, ""));
    expect(utf8).toContain(title);
    expect(utf8).toMatch(/\.xlsx$/);
  });
});

describe("exports with another county's organisation", () => {
  it("answer 404 before writing an audit entry or sending anything, on every export with an orgId", async () => {
    const doc = (await staff.get("/api/v1/openapi.json")).data as { paths: Record<string, { get?: { parameters?: { name: string; in: string; required?: boolean }[] } }> };
    const exportOps = Object.entries(doc.paths).filter(([path, item]) => path.endsWith("/export") && item.get?.parameters?.some((p) => p.in === "query" && p.name === "orgId"));
    const exports = exportOps.map(([path]) => path);
    // Other required query parameters get a valid value, so the 404 is the scope's, not a validation 400.
    const required = new Map(exportOps.map(([path, item]) => [path, (item.get?.parameters ?? []).filter((p) => p.in === "query" && p.required && p.name !== "orgId").map((p) => `&${p.name}=${p.name === "year" ? "2026" : "1"}`).join("")]));
    expect(exports).toEqual(expect.arrayContaining(["/api/v1/members/export", "/api/v1/grants/export", "/api/v1/hardship-files/export"]));
    for (const path of exports) {
      const before = await one<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE actor_id = $1", [staffUserId]);
      const r = await download(staff, `${path}?orgId=${xuyi}${required.get(path)}`);
      expect(r.status, path).toBe(404);
      expect(r.type, path).toContain("application/json");
      const after = await one<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE actor_id = $1", [staffUserId]);
      expect(after.n, `${path} audited a refused export`).toBe(before.n);
    }
  });
});

describe("exporting the selected rows", () => {
  it("writes exactly the ticked members, still within the caller's scope", async () => {
    const picked = (await all<{ id: string; name: string }>(
      "SELECT m.id, m.name FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] ORDER BY m.id LIMIT 2",
      [jianhu],
    ));
    const foreign = await one<{ id: string }>("SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] LIMIT 1", [xuyi]);
    expect(picked).toHaveLength(2);
    const r = await download(staff, `/api/v1/members/export?ids=${[...picked.map((m) => m.id), foreign.id].join(",")}`);
    expect(r.status).toBe(200);
    const rows = await readXlsx(r.body);
    expect(rows).toHaveLength(3); // the header and the two in scope; 盱眙's member is not written
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(picked.map((m) => m.name).sort());
    const audit = await one<{ details: { selected: number } }>("SELECT details FROM audit_log WHERE actor_id = $1 AND action = 'member.export' ORDER BY at DESC LIMIT 1", [staffUserId]);
    expect(audit.details.selected).toBe(3);
    expect((await download(staff, "/api/v1/members/export?ids=not-an-id")).status).toBe(400);
  });
});

describe("formula injection", () => {
  it("exports text that starts like a formula with a leading apostrophe", async () => {
    const title = `=HYPERLINK("http://evil.example","点击")-${Date.now()}`;
    const t = await staff.post("/api/v1/trainings", training(title));
    expect(t.status).toBe(201);
    const r = await download(staff, `/api/v1/trainings/export?q=${encodeURIComponent("HYPERLINK")}`);
    expect(r.status).toBe(200);
    const cells = (await readXlsx(r.body)).flat();
    expect(cells).toContain(`'${title}`);
    expect(cells).not.toContain(title);
  });
});
