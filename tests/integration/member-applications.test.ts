// A member applies online; the application enters the staff workflow at the
// member's union, the member follows it, sees reasons, and can withdraw while
// it is pending. Nobody else's grants are reachable.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { one } from "../helpers/db";

let member: Client;
let town: Client;
let county: Client;

const application = (kind = "WARMTH", extra: Record<string, unknown> = {}) => ({
  kind,
  amount: "800.00",
  reason: "家中老人长期患病卧床，本人收入微薄，生活困难",
  ...extra,
});

/** Clears the demo member's open online applications so each test starts fresh. */
async function withdrawOpen() {
  const apps = (await member.get("/api/v1/me/applications")).data.data as { id: string; canWithdraw: boolean }[];
  for (const a of apps.filter((x) => x.canWithdraw)) await member.post(`/api/v1/me/applications/${a.id}/withdraw`, { reason: "测试前清理" });
}

beforeAll(async () => {
  member = await as("13800000001");
  town = await as("shanggang.staff");
  county = await as("jianhu.staff");
});

describe("online applications", () => {
  it("enter the workflow as a draft at the member's union and appear in its staff queue", async () => {
    await withdrawOpen();
    const r = await member.post("/api/v1/me/applications", application());
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ kind: "WARMTH", amount: "800.00", status: "DRAFT", channel: "MEMBER", canWithdraw: true });
    const g = await one<{ org_id: number; channel: string; created_by_id: string }>("SELECT org_id, channel, created_by_id FROM \"grant\" WHERE id = $1", [r.data.id]);
    const m = await one<{ org_id: number }>("SELECT org_id FROM member WHERE phone = '13800000001'");
    expect(g.org_id).toBe(m.org_id);
    const queue = await town.get("/api/v1/assistance/queue");
    expect(JSON.stringify(queue.data)).toContain(r.data.id);
    expect(JSON.stringify((await (await as("xuyi.staff")).get("/api/v1/assistance/queue")).data)).not.toContain(r.data.id);
    // A second application of the same kind in the same year is refused while the first is open.
    expect((await member.post("/api/v1/me/applications", application())).status).toBe(409);
  });

  it("show each step and the reason for a rejection on the member's page", async () => {
    await withdrawOpen();
    const { id } = (await member.post("/api/v1/me/applications", application())).data;
    const version = () => one<{ version: number }>('SELECT version FROM "grant" WHERE id = $1', [id]).then((v) => v.version);
    expect((await town.post(`/api/v1/grants/${id}/submit`, { version: await version() })).status).toBe(200);
    let mine = (await member.get("/api/v1/me/applications")).data.data.find((a: { id: string }) => a.id === id);
    expect(mine.status).toBe("SUBMITTED");
    const rej = await county.post(`/api/v1/grants/${id}/reject`, { reason: "经核实家庭人均收入高于当地困难职工认定标准", version: await version() });
    expect(rej.status).toBe(200);
    mine = (await member.get("/api/v1/me/applications")).data.data.find((a: { id: string }) => a.id === id);
    expect(mine).toMatchObject({ status: "REJECTED", decisionReason: "经核实家庭人均收入高于当地困难职工认定标准", canWithdraw: false });
    expect(mine.history.map((h: { status: string }) => h.status)).toEqual(["DRAFT", "SUBMITTED", "REJECTED"]);
    expect(JSON.stringify(mine)).not.toMatch(/shanggang|jianhu|周晓明|朱海燕/);
  });

  it("can be withdrawn by the member while pending, not once approved", async () => {
    await withdrawOpen();
    const { id } = (await member.post("/api/v1/me/applications", application())).data;
    const w = await member.post(`/api/v1/me/applications/${id}/withdraw`, { reason: "困难已解决" });
    expect(w.status).toBe(200);
    expect(w.data.status).toBe("WITHDRAWN");
    expect((await member.post(`/api/v1/me/applications/${id}/withdraw`, { reason: "再次撤回" })).status).toBe(400);
  });

  it("validate kind-specific details in Chinese", async () => {
    await withdrawOpen();
    const edu = await member.post("/api/v1/me/applications", application("EDUCATION"));
    expect(edu.status).toBe(400);
    expect(edu.data.error.fields["details.childName"]).toBe("请填写子女姓名");
    const med = await member.post("/api/v1/me/applications", application("MEDICAL", { amount: "9000.00", details: { hospital: "建湖县人民医院", billTotal: "5000.00" } }));
    expect(med.status).toBe(400);
    expect(med.data.error.fields.amount).toBe("救助金额不能超过医疗费用总额");
    expect((await member.post("/api/v1/me/applications", { ...application(), memberId: "x" })).status).toBe(400);
  });

  it("cover the education-upgrade subsidy for the member's own studies", async () => {
    await withdrawOpen();
    const missing = await member.post("/api/v1/me/applications", application("EDUCATION_UPGRADE", { amount: "2000.00" }));
    expect(missing.data.error.fields).toMatchObject({ "details.school": "请填写就读学校", "details.major": "请填写就读专业" });
    const ok = await member.post(
      "/api/v1/me/applications",
      application("EDUCATION_UPGRADE", { amount: "2000.00", details: { school: "江苏开放大学", major: "机电一体化技术", admissionYear: 2026 } }),
    );
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ kind: "EDUCATION_UPGRADE", status: "DRAFT" });
    // Staff see that it carries details, in the list as on its page, and the details themselves only when they ask.
    const row = (await county.get("/api/v1/grants?kind=EDUCATION_UPGRADE&status=DRAFT")).data.data.find((g: { id: string }) => g.id === ok.data.id);
    expect(row).toMatchObject({ hasDetails: true, channel: "MEMBER" });
    expect(JSON.stringify(row)).not.toContain("江苏开放大学");
    const policy = await one<{ requires_hardship_file: boolean }>("SELECT requires_hardship_file FROM grant_policy WHERE kind = 'EDUCATION_UPGRADE'");
    expect(policy.requires_hardship_file).toBe(false);
  });

  it("are only the member's own: other grants are unreachable and staff cannot use the member routes", async () => {
    const other = await one<{ id: string }>("SELECT g.id FROM \"grant\" g JOIN member m ON m.id = g.member_id WHERE m.phone <> '13800000001' LIMIT 1");
    expect((await member.get(`/api/v1/grants/${other.id}`)).status).toBe(404);
    expect((await member.post(`/api/v1/me/applications/${other.id}/withdraw`, { reason: "不是我的" })).status).toBe(404);
    // The staff route: a member is refused by role before anything else (403, whatever the id).
    expect((await member.post(`/api/v1/grants/${other.id}/withdraw`, { reason: "不是我的", version: 0 })).status).toBe(403);
    const list = await member.get("/api/v1/grants?pageSize=100");
    expect(list.status).toBe(200);
    expect(list.data.data.length).toBeGreaterThan(0);
    for (const g of list.data.data) expect(g.memberName).toBe("王建华");
    expect((await town.post("/api/v1/me/applications", application())).status).toBe(403);
  });
});
