// Bad input is a 4xx, never a 500: control characters anywhere, oversized
// bodies with or without a Content-Length, LIKE wildcards in searches, file
// names that display as something else, and updates that would undo what
// creation requires.
import { beforeAll, describe, expect, it } from "vitest";
import { as, BASE_URL, type Client } from "../helpers/http";
import { one, orgIdByName } from "../helpers/db";
import { trainingInput } from "../helpers/fixtures";
import { cookieHeader, sendOnce } from "../helpers/xlsx";

let staff: Client;
let admin: Client;
let jianhu: number;
let listOps: string[] = [];

const training = (extra: Record<string, unknown> = {}) => trainingInput(jianhu, extra);

beforeAll(async () => {
  staff = await as("jianhu.staff");
  admin = await as("admin");
  jianhu = await orgIdByName("建湖县总工会");
  const doc = (await staff.get("/api/v1/openapi.json")).data as { paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> };
  // Every list with a search box and no path parameter.
  listOps = Object.entries(doc.paths)
    .filter(([path, item]) => !path.includes("{") && !path.endsWith("/export") && item.get?.parameters?.some((p) => p.in === "query" && p.name === "q"))
    .map(([path]) => path);
});

function postOnce(client: Client, path: string, bytes: number, chunked: boolean) {
  return sendOnce(client, "POST", path, Buffer.from(JSON.stringify({ notes: "x".repeat(bytes) })), chunked);
}

describe("control characters", () => {
  it("are refused in every list's search with a 400", async () => {
    expect(listOps.length).toBeGreaterThanOrEqual(9);
    for (const path of listOps) {
      for (const q of ["%00", "a%00b", "%07", "%1B%5B31m"]) {
        const r = await staff.get(`${path}?q=${q}`);
        expect(r.status, `${path}?q=${q}`).toBe(400);
        expect(r.data.error.code).toBe("VALIDATION");
      }
    }
  });

  it("are refused in JSON text fields with a 400 naming the field; tab and newline are text", async () => {
    const nul = await staff.post("/api/v1/trainings", training({ notes: "a\u0000b" }));
    expect(nul.status).toBe(400);
    expect(Object.keys(nul.data.error.fields)).toEqual(["notes"]);
    const bell = await staff.post("/api/v1/trainings", training({ title: "培训\u0007名称" }));
    expect(bell.status).toBe(400);
    expect(Object.keys(bell.data.error.fields)).toEqual(["title"]);
    const ok = await staff.post("/api/v1/trainings", training({ notes: "第一行\n第二行\t缩进" }));
    expect(ok.status).toBe(201);
    expect(ok.data.notes).toBe("第一行\n第二行\t缩进");
  });
});

describe("JSON bodies", () => {
  it("that are not UTF-8 are a 400, not silently altered text", async () => {
    const json = new TextEncoder().encode(JSON.stringify(training({ title: "培训XX" })));
    const at = json.indexOf(0x58); // the first "X" becomes a lone 0xFF byte
    json[at] = 0xff;
    const res = await staff.fetchRaw("POST", "/api/v1/trainings", { body: json, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
  });

  it("over 1 MB are refused with 413 when the Content-Length says so", async () => {
    const r = await postOnce(staff, "/api/v1/trainings", 1024 * 1024 + 64 * 1024, false);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.code).toBe("TOO_LARGE");
  });

  it("over 1 MB are refused with 413 when streamed without a Content-Length", async () => {
    const r = await postOnce(staff, "/api/v1/trainings", 3 * 1024 * 1024, true);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.code).toBe("TOO_LARGE");
  });
});

describe("searches", () => {
  it("match % and _ literally on every list", async () => {
    let checked = 0;
    for (const path of listOps) {
      // A list that needs more than a search (e.g. the kind of contract) is not a list of everything.
      const all = await staff.get(path);
      if (all.status !== 200 || !all.data.data.length) continue;
      const r = await staff.get(`${path}?q=${encodeURIComponent("%_%")}`);
      expect(r.status, path).toBe(200);
      expect(r.data.data, `${path}?q=%_% matched everything`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it("still find a title containing % and _", async () => {
    const title = `折扣50%_测试-${Math.random().toString(36).slice(2, 8)}`;
    expect((await staff.post("/api/v1/trainings", training({ title }))).status).toBe(201);
    const r = await staff.get(`/api/v1/trainings?q=${encodeURIComponent(title.slice(2, 12))}`);
    expect(r.data.data.map((t: { title: string }) => t.title)).toEqual([title]);
  });
});

describe("file names", () => {
  it("with a bidirectional override are refused", async () => {
    // A record of its own: another file's test deletes the 建湖县 records it created, and one of them may sort first.
    const typeId = (await one<{ id: number }>("SELECT id FROM activity_type ORDER BY id LIMIT 1")).id;
    const created = await staff.post("/api/v1/activities", { typeId, orgId: jianhu, heldOn: "2026-04-20", participants: 12 });
    expect(created.status).toBe(201);
    const record = created.data as { id: string };
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])]), "会议纪要\u202Efdp.exe");
    const res = await fetch(`${BASE_URL}/api/v1/activities/${record.id}/attachments`, {
      method: "POST",
      headers: { cookie: cookieHeader(staff) },
      body: form,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.file).toMatch(/方向/);
  });
});

describe("invariants an update could break", () => {
  it("a county-or-above organisation keeps its GB/T 2260 code", async () => {
    const xuyi = await orgIdByName("盱眙县总工会");
    for (const code of [null, ""]) {
      const r = await admin.patch(`/api/v1/organisations/${xuyi}`, { code });
      expect(r.status, JSON.stringify(code)).toBe(400);
      expect(r.data.error.fields.code).toBeTruthy();
    }
    expect((await one<{ code: string | null }>("SELECT code FROM organisation WHERE id = $1", [xuyi])).code).toMatch(/^\d{6}$/);
  });

  it("a training cannot end before it starts, whichever date the update changes", async () => {
    const t = (await staff.post("/api/v1/trainings", training())).data.id;
    expect((await staff.patch(`/api/v1/trainings/${t}`, { endsOn: "2026-05-01" })).status).toBe(400);
    expect((await staff.patch(`/api/v1/trainings/${t}`, { startsOn: "2026-06-01" })).status).toBe(400);
  });

  it("a competition cannot end before it starts, nor a skills competition lose its trades", async () => {
    const c = await staff.post("/api/v1/competitions", {
      orgId: jianhu,
      name: `输入测试竞赛-${Math.random().toString(36).slice(2, 8)}`,
      kind: "SKILLS",
      level: "COUNTY",
      organiser: "建湖县总工会",
      startsOn: "2026-09-10",
      endsOn: "2026-09-20",
      trades: ["电工"],
    });
    expect(c.status).toBe(201);
    expect((await staff.patch(`/api/v1/competitions/${c.data.id}`, { endsOn: "2026-09-01" })).status).toBe(400);
    expect((await staff.patch(`/api/v1/competitions/${c.data.id}`, { trades: [] })).status).toBe(400);
  });
});
