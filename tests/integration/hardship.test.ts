// Hardship files over HTTP: one open file per ID number in the whole province
// (whoever created it, without saying where), the lifecycle with visits, the
// annual re-check queue, and narratives shown only on an audited request.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, sql, unionBelow } from "../helpers/db";
import { newMember, sandbox, type Sandbox } from "../helpers/assistance";

let s: Sandbox;
let admin: Client;
let xuyi: Client;

beforeAll(async () => {
  s = await sandbox();
  admin = await as("admin");
  xuyi = await as("xuyi.staff");
});

const FILE = { category: "DEEP", cause: "ILLNESS", householdSize: 4, householdIncome: "28800.00" };

describe("one open file per ID number, province-wide", () => {
  it("refuses a second open file even from another county, without saying where the first one is", async () => {
    const member = await newMember(s);
    const first = await s.union.post("/api/v1/hardship-files", { memberId: member, ...FILE, details: "配偶患尿毒症，每周透析三次" });
    expect(first.status, JSON.stringify(first.data)).toBe(201);
    expect(first.data).toMatchObject({ status: "PENDING", hasDetails: true, householdIncome: "28800.00" });
    expect(JSON.stringify(first.data)).not.toContain("透析");

    // Same county, another creator.
    const again = await s.county.post("/api/v1/hardship-files", { memberId: member, ...FILE });
    expect(again.status).toBe(409);

    // The worker moves to 盱眙县; 盱眙's staff try to open a file for them.
    const xuyiUnion = await unionBelow("盱眙县总工会");
    expect((await admin.post(`/api/v1/members/${member}/transfer`, { toOrgId: xuyiUnion, transferredOn: "2026-06-01", reason: "工作调动" })).status).toBe(200);
    const dup = await xuyi.post("/api/v1/hardship-files", { memberId: member, ...FILE });
    expect(dup.status).toBe(409);
    expect(dup.data.error.code).toBe("CONFLICT");
    expect(dup.data.error.message).toMatch(/一人一档/);
    expect(dup.data.error.message).not.toMatch(/建湖|测试|镇|县总工会/);
    expect(JSON.stringify(dup.data)).not.toContain(first.data.id);
    // …and cannot see the other county's file.
    expect((await xuyi.get(`/api/v1/hardship-files/${first.data.id}`)).status).toBe(404);
    expect((await xuyi.get(`/api/v1/hardship-files?memberId=${member}`)).data.total).toBe(0);

    // Once the first file is closed, a new one may be opened.
    expect((await s.county.post(`/api/v1/hardship-files/${first.data.id}/status`, { status: "CLOSED", reason: "职工调往外县，转由现工作地工会帮扶" })).status).toBe(200);
    const hash = await one<{ h: string | null }>("SELECT open_id_hash AS h FROM hardship_file WHERE id = $1", [first.data.id]);
    expect(hash.h).toBeNull();
    expect((await xuyi.post("/api/v1/hardship-files", { memberId: member, ...FILE })).status).toBe(201);
  });
});

describe("lifecycle", () => {
  it("needs a visit to enter the file, a reason to lift it, and allows only the listed moves", async () => {
    const member = await newMember(s);
    const f = (await s.union.post("/api/v1/hardship-files", { memberId: member, ...FILE })).data;
    const noVisit = await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "IN_FILE" });
    expect(noVisit.status).toBe(409);
    expect(noVisit.data.error.message).toMatch(/走访/);
    expect((await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "LIFTED", reason: "测试" })).status).toBe(409);

    const visit = await s.town.post(`/api/v1/hardship-files/${f.id}/visits`, { visitedOn: "2026-03-02", visitors: "周晓明、村工会主席", findings: "入户核实，医疗票据属实", conclusion: "CONFIRMED" });
    expect(visit.status).toBe(201);
    expect(visit.data.lastVerifiedOn).toBe("2026-03-02");
    expect(visit.data.visits[0]).toMatchObject({ conclusion: "CONFIRMED", hasFindings: true });
    expect(JSON.stringify(visit.data)).not.toContain("票据");
    const future = await s.town.post(`/api/v1/hardship-files/${f.id}/visits`, { visitedOn: "2099-01-01", visitors: "某某", conclusion: "CONFIRMED" });
    expect(future.status).toBe(400);

    expect((await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "IN_FILE" })).data.status).toBe("IN_FILE");
    const noReason = await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "LIFTED" });
    expect(noReason.status).toBe(400);
    const lifted = await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "LIFTED", reason: "子女大学毕业参加工作" });
    expect(lifted.data).toMatchObject({ status: "LIFTED", statusReason: "子女大学毕业参加工作" });
    expect((await s.union.patch(`/api/v1/hardship-files/${f.id}`, { householdSize: 5 })).status).toBe(409);
    expect((await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "IN_FILE" })).status).toBe(409);
    expect((await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "CLOSED", reason: "归档" })).data.status).toBe("CLOSED");
    const audit = await sql().query("SELECT action, details FROM audit_log WHERE entity_id = $1 ORDER BY id", [f.id]);
    // Refused requests leave no trace; each change leaves one entry.
    expect(audit.rows.map((a) => a.action)).toEqual(["hardship.create", "hardship.visit", "hardship.status", "hardship.status", "hardship.status"]);
  });
});

describe("annual re-check (复核到期)", () => {
  it("lists files in the file not verified for twelve months, for the file's organisation and above only", async () => {
    const member = await newMember(s);
    const f = (await s.union.post("/api/v1/hardship-files", { memberId: member, ...FILE })).data;
    await s.union.post(`/api/v1/hardship-files/${f.id}/visits`, { visitedOn: "2025-06-01", visitors: "测试走访人", conclusion: "CONFIRMED" });
    await s.union.post(`/api/v1/hardship-files/${f.id}/status`, { status: "IN_FILE" });
    const due = async (c: Client, orgId: number) => (await c.get(`/api/v1/assistance/queue?orgId=${orgId}`)).data.reviewDue.data.map((x: { id: string }) => x.id);
    expect(await due(s.union, s.unionId)).toContain(f.id);
    expect(await due(s.town, s.townId)).toContain(f.id);
    expect((await s.county.get(`/api/v1/hardship-files?reviewDue=1&orgId=${s.townId}`)).data.data.map((x: { id: string }) => x.id)).toContain(f.id);
    expect((await xuyi.get("/api/v1/hardship-files?reviewDue=1&pageSize=100")).data.data.map((x: { id: string }) => x.id)).not.toContain(f.id);
    // A re-check visit clears it.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const after = await s.town.post(`/api/v1/hardship-files/${f.id}/visits`, { visitedOn: today, visitors: "测试走访人", conclusion: "CONFIRMED" });
    expect(after.data).toMatchObject({ reviewDue: false, lastVerifiedOn: today });
    expect(await due(s.town, s.townId)).not.toContain(f.id);
  });
});

describe("narratives on request", () => {
  it("are revealed by a POST that is audited (without the text), and never to leaders", async () => {
    const member = await newMember(s);
    const f = (await s.union.post("/api/v1/hardship-files", { memberId: member, ...FILE, details: "本人因工致残，需长期康复治疗" })).data;
    await s.union.post(`/api/v1/hardship-files/${f.id}/visits`, { visitedOn: "2026-02-01", visitors: "测试走访人", findings: "核对残疾证原件", conclusion: "CONFIRMED" });
    const r = await s.town.post(`/api/v1/hardship-files/${f.id}/details`);
    expect(r.status).toBe(200);
    expect(r.data.details).toBe("本人因工致残，需长期康复治疗");
    expect(r.data.visits[0].findings).toBe("核对残疾证原件");
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect((await (await as("jianhu.leader")).post(`/api/v1/hardship-files/${f.id}/details`)).status).toBe(403);
    expect((await xuyi.post(`/api/v1/hardship-files/${f.id}/details`)).status).toBe(404);
    const audit = await sql().query("SELECT details::text AS d FROM audit_log WHERE action = 'hardship.reveal_details' AND entity_id = $1", [f.id]);
    expect(audit.rowCount).toBe(1);
    const all = await sql().query("SELECT coalesce(details::text, '') AS d FROM audit_log WHERE entity_id = $1", [f.id]);
    for (const a of all.rows) expect(a.d).not.toMatch(/致残|残疾证/);
    // Stored encrypted: the text is not in the table.
    const raw = await one<{ t: string }>("SELECT encode(details_cipher, 'escape') AS t FROM hardship_file WHERE id = $1", [f.id]);
    expect(raw.t).not.toContain("康复");
  });
});
