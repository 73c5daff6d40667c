// "Is this ID number registered?" is answered by the member search (a full ID
// number) and by the registry import's check (dry run or not). Both spend
// from a per-account budget and are audited without the number
// (lib/members/id-lookup.ts), so nobody walks the ~16,600 numbers a masked ID
// and a birth year leave.
import { describe, expect, it } from "vitest";
import { Client } from "../helpers/http";
import { one, sql, tempUser, unionBelow } from "../helpers/db";
import { newIdNumber, newPhone } from "../helpers/fixtures";
import { buildXlsx, upload } from "../helpers/xlsx";

const HEADERS = ["姓名", "身份证号", "手机号", "所属工会", "入会日期", "人员类别", "性别", "出生日期", "会员服务卡号"];

async function freshStaff() {
  const username = await tempUser();
  const c = new Client(username);
  expect((await c.login(username)).ok).toBe(true);
  const { id } = await one<{ id: string }>("SELECT id FROM app_user WHERE username = $1", [username]);
  return { c, userId: id };
}

const audits = async (userId: string, action: string) =>
  (await sql().query<{ details: Record<string, unknown> | null }>("SELECT details FROM audit_log WHERE actor_id = $1 AND action = $2 ORDER BY id", [userId, action])).rows;

describe("member search by full ID number", () => {
  it("allows 60 an hour per account, each audited without the number; then 429, while other searches go on", async () => {
    const { c, userId } = await freshStaff();
    const ids = Array.from({ length: 61 }, () => newIdNumber());
    const answers: number[] = [];
    // Four at a time, as a script would; every one is counted.
    for (let i = 0; i < 60; i += 4) answers.push(...(await Promise.all(ids.slice(i, i + 4).map(async (id) => (await c.get(`/api/v1/members?q=${id}`)).status))));
    expect(answers).toEqual(Array(60).fill(200));
    const refused = await c.get(`/api/v1/members?q=${ids[60]}`);
    expect(refused.status).toBe(429);
    expect(refused.data.error.code).toBe("RATE_LIMITED");
    expect((await c.get("/api/v1/members?q=王")).status).toBe(200);
    expect((await c.get("/api/v1/members?q=138")).status).toBe(200);

    const rows = await audits(userId, "member.search_id_number");
    expect(rows).toHaveLength(60);
    const logged = JSON.stringify(await sql().query("SELECT * FROM audit_log WHERE actor_id = $1", [userId]).then((r) => r.rows));
    for (const id of ids) expect(logged).not.toContain(id);
  }, 60_000);
});

describe("registry import check", () => {
  it("audits each check with the count of numbers, and refuses once the day's budget is spent", async () => {
    const { c, userId } = await freshStaff();
    const union = await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [await unionBelow("建湖县总工会")]);
    const file = async (n: number) => buildXlsx(HEADERS, Array.from({ length: n }, () => ["导入查验", newIdNumber(), newPhone(), union.name, "2024-05-01", null, null, null, null]));

    expect((await upload(c, "/api/v1/members/import?dryRun=1", await file(2))).status).toBe(200);
    expect(await audits(userId, "member.import_checked")).toEqual([{ details: { idNumbers: 2, dryRun: true } }]);

    // Spend the rest of the day's budget (120,000 numbers) as a long day of imports would have.
    await sql().query("UPDATE rate_limit SET points = 119999 WHERE key = $1", [`members:id-import:${userId}`]);
    const refused = await upload(c, "/api/v1/members/import?dryRun=1", await file(2));
    expect(refused.status).toBe(429);
    expect(refused.data.error.code).toBe("RATE_LIMITED");
    expect(await audits(userId, "member.import_checked")).toHaveLength(1);
  });
});
