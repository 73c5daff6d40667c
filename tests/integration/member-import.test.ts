// 会员批量导入: the registry filled from .xlsx. Every kind of bad row is reported
// by row and column; a person registered in another county is reported without
// naming where; nothing is written on any error; the import-format export
// (full ID numbers for staff only, audited) reads back into the import.
import { beforeAll, describe, expect, it } from "vitest";
import { checkDigit, maskIdNumber } from "@/lib/members/id-number";
import { maskPhone } from "@/lib/members/phone";
import { as, type Client } from "../helpers/http";
import { one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { memberInput, newIdNumber, newPhone } from "../helpers/fixtures";
import { buildXlsx, download, readXlsx, upload, type Cell } from "../helpers/xlsx";

const HEADERS = ["姓名", "身份证号", "手机号", "所属工会", "入会日期", "人员类别", "性别", "出生日期", "会员服务卡号"];
const IMPORT = "/api/v1/members/import";

let staff: Client;
let xuyi: Client;
let shanggang: number;
let unionName: string;
let xuyiUnionName: string;
let twinCode: string;
type M = { id: string; name: string; idNumber: string; phone: string };
let local: M, foreign: M;

/** An 18-digit number born 19xx whose 15-digit form is `region + yymmdd + seq`. */
function idBornIn19xx(): { n18: string; n15: string } {
  // Sequence 9xx, as tests/helpers/fixtures.ts: the demo data set does not use it.
  const seq = String(900 + Math.floor(Math.random() * 100));
  const region = `32${1000 + Math.floor(Math.random() * 9000)}`;
  const yymmdd = `8${Math.floor(Math.random() * 10)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}`;
  const body = `${region}19${yymmdd}${seq}`;
  return { n18: body + checkDigit(body), n15: `${region}${yymmdd}${seq}` };
}

const sexOf = (id: string) => (Number(id[16]) % 2 === 1 ? "男" : "女");
const birthOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

const registryCount = async () =>
  one<{ members: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM member) AS members, (SELECT count(*)::int FROM audit_log WHERE action = 'member.import') AS audits`,
  );

async function register(client: Client, orgId: number, name: string): Promise<M> {
  const input = memberInput(orgId, { name });
  const r = await client.post("/api/v1/members", input);
  expect(r.status).toBe(201);
  return { id: r.data.id, name, idNumber: input.idNumber, phone: input.phone };
}

/** A credit code of the shape the organisation schema accepts, unique per run. */
const newCreditCode = () => `91320925${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}X`;

beforeAll(async () => {
  staff = await as("shanggang.staff");
  xuyi = await as("xuyi.staff");
  shanggang = await orgIdByName("上冈镇总工会");
  const union = await unionBelow("上冈镇总工会");
  unionName = (await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [union])).name;
  xuyiUnionName = (await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [await unionBelow("盱眙县总工会")])).name;
  local = await register(staff, union, "名册甲");
  foreign = await register(xuyi, await unionBelow("盱眙县总工会"), "外县人员");
  // Two unions of one name under 上冈镇: a name alone is ambiguous, the credit code is not.
  twinCode = newCreditCode();
  for (const creditCode of [twinCode, newCreditCode()]) {
    const r = await staff.post("/api/v1/organisations", { parentId: shanggang, name: "上冈镇导入测试同名工会", level: "GRASSROOTS", kind: "INDEPENDENT", creditCode });
    expect(r.status).toBe(201);
  }
});

describe("registry import: dry run", () => {
  it("reports every kind of bad row by row and column, a member elsewhere without naming where, and writes nothing", async () => {
    const okId = newIdNumber();
    const old = idBornIn19xx();
    const existing15 = idBornIn19xx();
    await staff.post("/api/v1/members", { ...memberInput(await unionBelow("上冈镇总工会"), { name: "旧号会员" }), idNumber: existing15.n18 });
    const badCheck = (id: string) => id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    const other = (id: string) => (sexOf(id) === "男" ? "女" : "男");
    const p = newPhone();
    const id = () => newIdNumber();
    const sexRow = id();
    const birthRow = id();
    const takenCard = "8800" + String(Date.now()).slice(-10);
    await staff.post("/api/v1/members", memberInput(await unionBelow("上冈镇总工会"), { name: "持卡会员", cardNo: takenCard }));
    const former = await register(staff, await unionBelow("上冈镇总工会"), "已退会员");
    expect((await staff.post(`/api/v1/members/${former.id}/leave`, { leftOn: "2025-06-30", reason: "辞职" })).status).toBe(200);
    const rows: Cell[][] = [
      ["新会员", okId, p, unionName, "2024-05-01", "一线职工、农民工", sexOf(okId), birthOf(okId), null], // 2 valid
      [null, id(), p, unionName, "2024-05-01", null, null, null, null], // 3 no name
      ["王某", "12345", p, unionName, "2024-05-01", null, null, null, null], // 4 ID format
      ["王某", badCheck(id()), p, unionName, "2024-05-01", null, null, null, null], // 5 check digit
      ["旧号", old.n15, p, unionName, "2024/5/1", null, null, null, null], // 6 a 15-digit number: valid, upgraded
      ["王某", sexRow, p, unionName, "2024-05-01", null, other(sexRow), null, null], // 7 sex differs from the ID
      ["王某", birthRow, p, unionName, "2024-05-01", null, null, "1901-01-01", null], // 8 birth date differs
      ["王某", id(), "2345678901", unionName, "2024-05-01", null, null, null, null], // 9 phone
      ["王某", id(), p, xuyiUnionName, "2024-05-01", null, null, null, null], // 10 a union outside the caller's subtree
      ["王某", id(), p, "上冈镇总工会", "2024-05-01", null, null, null, null], // 11 a federation, not a grassroots union
      ["王某", id(), p, "上冈镇导入测试同名工会", "2024-05-01", null, null, null, null], // 12 ambiguous name
      ["王某", id(), p, twinCode, "2024-05-01", null, null, null, null], // 13 the same by credit code: valid
      ["王某", id(), p, unionName, "2024-05-01", "宇航员", null, null, null], // 14 group not in the list
      ["王某", id(), p, unionName, "2024-02-30", null, null, null, null], // 15 no such date
      [local.name, local.idNumber, p, unionName, "2024-05-01", null, null, null, null], // 16 already a member here
      [foreign.name, foreign.idNumber, p, unionName, "2024-05-01", null, null, null, null], // 17 a member in 盱眙
      ["再次", okId, p, unionName, "2024-05-01", null, null, null, null], // 18 duplicate of row 2
      ["王某", `${okId.slice(0, 6)}********${okId.slice(-4)}`, p, unionName, "2024-05-01", null, null, null, null], // 19 masked
      ["王某", id(), p, unionName, "2024-05-01", null, null, null, takenCard], // 20 card number taken
      ["王某", id(), p, unionName, "2024-05-01", null, null, null, "12ab"], // 21 card number format
      ["旧号会员", existing15.n15, p, unionName, "2024-05-01", null, null, null, null], // 22 15-digit form of a member here
      ["王某", 320925199001011234, p, unionName, "2024-05-01", null, null, null, null], // 23 ID typed as a number
      [null, null, null, null, null, null, null, null, null], // 24 blank: skipped
      ["王某", id(), p, unionName, null, null, null, null, null], // 25 no joining date
      [former.name, former.idNumber, p, unionName, "2024-05-01", null, null, null, null], // 26 a former member here
    ];
    const before = await registryCount();
    const r = await upload(staff, `${IMPORT}?dryRun=1`, await buildXlsx(HEADERS, rows));
    expect(r.status).toBe(200);
    const rep = r.data;
    expect(rep).toMatchObject({ dryRun: true, ok: false, summary: { rows: 24, valid: 3, invalid: 21, written: 0 } });
    const at = (row: number) => rep.issues.filter((i: { row: number }) => i.row === row).map((i: { column: string; message: string }) => `${i.column}：${i.message}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(["姓名：请填写姓名"]);
    expect(at(4)).toEqual(["身份证号：身份证号应为18位（最后一位可为X），或15位旧号码"]);
    expect(at(5)).toEqual(["身份证号：身份证号校验位不正确，请核对"]);
    expect(at(6)).toEqual([]);
    expect(at(7)).toEqual([`性别：性别与身份证号不符（身份证号为${sexOf(sexRow)}性）`]);
    expect(at(8)).toEqual(["出生日期：出生日期与身份证号中的出生日期不符"]);
    expect(at(9)).toEqual(["手机号：手机号应为11位，以1开头"]);
    expect(at(10)).toEqual(["所属工会：本单位及下级中没有这个工会，请填写工会全称或统一社会信用代码"]);
    expect(at(11)).toEqual(["所属工会：会员须登记在基层工会或村（社区）工会，不能登记在总工会"]);
    expect(at(12)).toEqual(["所属工会：本单位及下级有 2 个名为“上冈镇导入测试同名工会”的工会，请改填该工会的统一社会信用代码"]);
    expect(at(13)).toEqual([]);
    expect(at(14)[0]).toMatch(/^人员类别：人员类别“宇航员”不在列表中/);
    expect(at(15)).toEqual(["入会日期：入会日期应为有效日期，格式 年-月-日"]);
    expect(at(16)).toEqual([`身份证号：该人员已是会员（所在工会：${unionName}），不能重复登记`]);
    // Registered in another county: the fact only — neither the union nor the county is named.
    expect(at(17)).toEqual(["身份证号：已在其他工会登记，请办理转会"]);
    expect(JSON.stringify(rep)).not.toContain("盱眙");
    expect(JSON.stringify(rep)).not.toContain(xuyiUnionName);
    expect(at(18)).toEqual(["身份证号：与第 2 行的身份证号重复"]);
    expect(at(19)[0]).toMatch(/^身份证号：这是脱敏后的身份证号/);
    expect(at(20)).toEqual(["会员服务卡号：该会员服务卡号已被使用"]);
    expect(at(21)).toEqual(["会员服务卡号：会员服务卡号应为8–20位数字"]);
    expect(at(22)).toEqual([`身份证号：该人员已是会员（所在工会：${unionName}），不能重复登记`]);
    expect(at(23)[0]).toMatch(/^身份证号：身份证号被存成了数字/);
    expect(at(24)).toEqual([]);
    expect(at(25)).toEqual(["入会日期：请填写入会日期"]);
    expect(at(26)).toEqual([`身份证号：该人员曾是会员（${unionName}，已退会），请在“新增会员”中逐个登记，将恢复其原会员记录`]);
    expect(await registryCount()).toEqual(before);

    // The same file for real: refused as a whole, with the same report.
    const real = await upload(staff, IMPORT, await buildXlsx(HEADERS, rows));
    expect(real.status).toBe(400);
    expect(real.data.error.message).toMatch(/未写入任何数据/);
    expect(real.data.report.issues).toHaveLength(rep.issues.length);
    expect(await registryCount()).toEqual(before);
  });

  it("answers 403 to leaders and members and, for another county's staff, finds none of 上冈's unions", async () => {
    const file = await buildXlsx(HEADERS, [["王某", newIdNumber(), newPhone(), unionName, "2024-05-01", null, null, null, null]]);
    for (const who of ["jianhu.leader", "13800000001"]) {
      const c = await as(who);
      expect((await upload(c, `${IMPORT}?dryRun=1`, file)).status).toBe(403);
      expect((await download(c, `${IMPORT}/template`)).status).toBe(403);
    }
    const r = await upload(xuyi, `${IMPORT}?dryRun=1`, file);
    expect(r.status).toBe(200);
    expect(r.data.issues).toEqual([{ row: 2, column: "所属工会", message: "本单位及下级中没有这个工会，请填写工会全称或统一社会信用代码" }]);
  });

  it("takes up to 50,000 rows: a longer file is refused as a whole, with the limit named and the ID budget given back", { timeout: 180_000 }, async () => {
    // The first batch (2,000 rows) is looked up before row 50,001 is reached.
    const long = Array.from({ length: 50_001 }, (_, i): Cell[] => (i < 2_000 ? ["某某", newIdNumber(), newPhone(), unionName, "2024-05-01", null, null, null, null] : ["某某", null, null, null, null, null, null, null, null]));
    const { id: userId } = await one<{ id: string }>("SELECT id FROM app_user WHERE username = 'shanggang.staff'");
    const spent = async () => (await sql().query<{ points: number }>("SELECT points FROM rate_limit WHERE key = $1", [`members:id-import:${userId}`])).rows[0]?.points ?? 0;
    const before = await spent();
    const r = await upload(staff, `${IMPORT}?dryRun=1`, await buildXlsx(HEADERS, long));
    expect(r.status).toBe(400);
    expect(r.data.error.message).toContain("50,000 行");
    expect(await spent()).toBe(before);
    // The look-ups happened and are audited all the same.
    expect((await sql().query("SELECT details FROM audit_log WHERE actor_id = $1 AND action = 'member.import_checked' ORDER BY id DESC LIMIT 1", [userId])).rows[0].details).toEqual({ idNumbers: 2000, dryRun: true });
  });
});

describe("registry import: all or nothing", () => {
  it("creates every row's member (sex and birth date from the ID number, 15-digit numbers upgraded), audited once", async () => {
    const a = newIdNumber();
    const old = idBornIn19xx();
    const twin = await one<{ id: number }>("SELECT id FROM organisation WHERE credit_code = $1", [twinCode]);
    const rows: Cell[][] = [
      ["导入会员甲", a, "13912345678", unionName, "2024-05-01", "外卖配送员、农民工", null, null, null],
      ["导入会员乙", old.n15, "13912345679", twinCode.toLowerCase(), new Date(Date.UTC(2023, 2, 15)), null, null, null, null],
    ];
    const bad: Cell[][] = [...rows, ["导入会员丙", newIdNumber(), "123", unionName, "2024-05-01", null, null, null, null]];
    const before = await registryCount();
    const refused = await upload(staff, IMPORT, await buildXlsx(HEADERS, bad));
    expect(refused.status).toBe(400);
    expect(refused.data.report.summary).toMatchObject({ rows: 3, valid: 2, invalid: 1, written: 0 });
    expect(await registryCount()).toEqual(before);

    const done = await upload(staff, IMPORT, await buildXlsx(HEADERS, rows));
    expect(done.status).toBe(200);
    expect(done.data).toMatchObject({ dryRun: false, ok: true, summary: { rows: 2, valid: 2, invalid: 0, written: 2 } });
    expect(await registryCount()).toEqual({ members: before.members + 2, audits: before.audits + 1 });

    const found = await staff.get(`/api/v1/members?q=${a}`);
    expect(found.data.data).toHaveLength(1);
    expect(found.data.data[0]).toMatchObject({
      name: "导入会员甲",
      orgName: unionName,
      joinedOn: "2024-05-01",
      status: "ACTIVE",
      sex: sexOf(a) === "男" ? "MALE" : "FEMALE",
      idMasked: maskIdNumber(a),
    });
    expect([...found.data.data[0].groups].sort()).toEqual(["FOOD_DELIVERY", "MIGRANT_WORKER"]);
    // The 15-digit number was stored as its 18-digit form: searching either finds the member.
    const upgraded = await staff.get(`/api/v1/members?q=${old.n18}`);
    expect(upgraded.data.data).toHaveLength(1);
    expect(upgraded.data.data[0]).toMatchObject({ name: "导入会员乙", orgId: twin.id, joinedOn: "2023-03-15" });
    // The ID number is stored encrypted, never in plain text.
    const stored = await sql().query("SELECT count(*)::int AS n FROM member WHERE encode(id_cipher, 'escape') LIKE $1", [`%${a}%`]);
    expect(stored.rows[0].n).toBe(0);

    // The same file again: every row is now a duplicate, nothing changes.
    const again = await upload(staff, IMPORT, await buildXlsx(HEADERS, rows));
    expect(again.status).toBe(400);
    expect(again.data.report.issues.map((i: { column: string }) => i.column)).toEqual(["身份证号", "身份证号"]);
    expect((await registryCount()).members).toBe(before.members + 2);
  });
});

describe("registry import: staged in batches", () => {
  // The file is read, checked and staged 2,000 rows at a time (lib/members/import.ts):
  // rows past the first batch must still see the first batch's numbers, and a
  // problem in a late batch must undo the batches already staged.
  it("writes nothing when a row after the first batches is wrong, then writes every batch of the corrected file", { timeout: 180_000 }, async () => {
    // Names take no digits: 分批导入 followed by the row's index in Chinese numerals.
    const name = (i: number) => `分批导入${[...String(i)].map((d) => "零一二三四五六七八九"[Number(d)]).join("")}`;
    const good: Cell[][] = Array.from({ length: 2_100 }, (_, i): Cell[] => [name(i), newIdNumber(), newPhone(), unionName, "2024-05-01", null, null, null, null]);
    const late: Cell[][] = [
      ["分批重复", good[0][1], newPhone(), unionName, "2024-05-01", null, null, null, null], // row 2102: the number of row 2
      ["分批末行", newIdNumber(), "123", unionName, "2024-05-01", null, null, null, null], // row 2103: phone
    ];
    const before = await registryCount();
    const refused = await upload(staff, IMPORT, await buildXlsx(HEADERS, [...good, ...late]));
    expect(refused.status).toBe(400);
    expect(refused.data.report.summary).toMatchObject({ rows: 2_102, valid: 2_100, invalid: 2, written: 0, issues: 2 });
    expect(refused.data.report.issues).toEqual([
      { row: 2_102, column: "身份证号", message: "与第 2 行的身份证号重复" },
      { row: 2_103, column: "手机号", message: "手机号应为11位，以1开头" },
    ]);
    expect(await registryCount()).toEqual(before);

    const done = await upload(staff, IMPORT, await buildXlsx(HEADERS, good));
    expect(done.status).toBe(200);
    expect(done.data.summary).toMatchObject({ rows: 2_100, valid: 2_100, invalid: 0, written: 2_100 });
    expect(await registryCount()).toEqual({ members: before.members + 2_100, audits: before.audits + 1 });
    const names = await one<{ n: number; first: string; last: string }>(
      `SELECT count(*)::int AS n, min(name) FILTER (WHERE name = '分批导入零') AS first, min(name) FILTER (WHERE name = '分批导入二零九九') AS last FROM member WHERE name LIKE '分批导入%'`,
    );
    expect(names).toEqual({ n: 2_100, first: "分批导入零", last: "分批导入二零九九" });
    // Leave the shared test database as it was for the files that run after this one.
    await sql().query("DELETE FROM member WHERE name LIKE '分批导入%'");
  });
});

describe("template and the import-format export", () => {
  it("offers a template with Chinese headers, drop-downs and a 填写说明 sheet; its example row is reported, not imported", async () => {
    const t = await download(staff, `${IMPORT}/template`);
    expect(t.status).toBe(200);
    const sheet = await readXlsx(t.body);
    expect(sheet[0]).toEqual(HEADERS);
    expect(sheet).toHaveLength(2);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["导入数据", "填写说明"]);
    const groupsCell = wb.worksheets[0].getCell("F2");
    expect(groupsCell.dataValidation?.type).toBe("list");
    expect(String(groupsCell.dataValidation?.formulae?.[0])).toContain("外卖配送员");
    const r = await upload(staff, `${IMPORT}?dryRun=1`, t.body, "模板.xlsx");
    expect(r.status).toBe(200);
    expect(r.data.summary).toMatchObject({ rows: 1, invalid: 1 });
    expect(r.data.issues).toEqual([{ row: 2, column: "所属工会", message: "本单位及下级中没有这个工会，请填写工会全称或统一社会信用代码" }]);
  });

  it("exports a union's registry in the import's columns with full ID numbers for staff (audited), which reads back as duplicates only", async () => {
    const union = await unionBelow("上冈镇总工会", 1);
    const m = await register(staff, union, "导出会员");
    const audits = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'member.export_id_numbers'`)).n;
    const before = await audits();
    const x = await download(staff, `/api/v1/members/export?orgId=${union}&format=import`);
    expect(x.status).toBe(200);
    const sheet = await readXlsx(x.body);
    expect(sheet[0]).toEqual([...HEADERS, "状态"]);
    const row = sheet.find((r) => r[0] === "导出会员")!;
    expect(row[1]).toBe(m.idNumber);
    expect(row[2]).toBe(m.phone);
    expect(await audits()).toBe(before + 1);

    const again = await upload(staff, `${IMPORT}?dryRun=1`, x.body, "导出.xlsx");
    expect(again.status).toBe(200);
    expect(again.data.summary.rows).toBe(sheet.length - 1);
    expect(again.data.issues.length).toBe(sheet.length - 1);
    for (const i of again.data.issues as { column: string; message: string }[]) {
      expect(i.column).toBe("身份证号");
      expect(i.message).toMatch(/^该人员已是会员|^该人员已在会员名册中/);
    }

    // Leaders read the list (masked) but not the full numbers; another county gets 404.
    const leader = await as("jianhu.leader");
    expect((await download(leader, `/api/v1/members/export?orgId=${union}&format=import`)).status).toBe(403);
    const list = await download(leader, `/api/v1/members/export?orgId=${union}`);
    expect(list.status).toBe(200);
    const listRow = (await readXlsx(list.body)).find((r) => r[0] === "导出会员")!;
    expect(listRow).toContain(maskIdNumber(m.idNumber));
    expect(listRow).not.toContain(m.idNumber);
    expect(listRow).toContain(maskPhone(m.phone));
    expect(listRow.join("\t")).not.toContain(m.phone);
    expect((await download(xuyi, `/api/v1/members/export?orgId=${union}&format=import`)).status).toBe(404);
    expect(await audits()).toBe(before + 1);
  });
});
