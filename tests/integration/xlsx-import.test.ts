// The .xlsx import framework as applied to training enrolments and competition
// entries: the dry run reports every kind of bad row (row, column, reason in
// Chinese) and writes nothing; a real import is all or nothing; exports in the
// import format round-trip; uploads are limited to .xlsx, 10 MB and 20,000 rows.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, orgIdByName, unionBelow } from "../helpers/db";
import { memberInput, newIdNumber } from "../helpers/fixtures";
import { buildXlsx, download, readXlsx, upload, type Cell } from "../helpers/xlsx";

const HEADERS = ["姓名", "身份证号", "是否参训", "参训学时", "培训结果", "证书等级", "证书编号", "补助金额（元）"];
const ENTRY_HEADERS = ["姓名", "身份证号", "工种", "成绩", "名次", "奖项"];

let staff: Client;
let xuyi: Client;
let shanggang: number;
type M = { id: string; name: string; idNumber: string };
let m1: M, m2: M, m3: M, m4: M, foreign: M;

async function register(client: Client, orgId: number, name: string): Promise<M> {
  const input = memberInput(orgId, { name });
  const r = await client.post("/api/v1/members", input);
  expect(r.status).toBe(201);
  return { id: r.data.id, name, idNumber: input.idNumber };
}

async function newSession(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await staff.post("/api/v1/trainings", {
    orgId: shanggang,
    title: `导入测试培训-${Math.random().toString(36).slice(2, 8)}`,
    type: "EMPLOYMENT_SKILLS",
    organiser: "上冈镇总工会",
    startsOn: "2026-06-01",
    endsOn: "2026-06-05",
    hours: 40,
    mode: "ONSITE",
    place: "上冈镇成人文化技术学校",
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.data.id;
}

const counts = async (sessionId: string) =>
  one<{ enrolments: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM training_enrolment WHERE session_id = $1) AS enrolments,
            (SELECT count(*)::int FROM audit_log WHERE entity_id = $1::text AND action LIKE 'training.enrolment.%') AS audits`,
    [sessionId],
  );

beforeAll(async () => {
  staff = await as("shanggang.staff");
  xuyi = await as("xuyi.staff");
  shanggang = await orgIdByName("上冈镇总工会");
  const union = await unionBelow("上冈镇总工会");
  [m1, m2, m3, m4] = [await register(staff, union, "导入甲"), await register(staff, union, "导入乙"), await register(staff, union, "导入丙"), await register(staff, union, "导入丁")];
  foreign = await register(xuyi, await unionBelow("盱眙县总工会"), "外县会员");
});

describe("enrolment import: dry run", () => {
  it("reports every kind of bad row with its Excel row, column and a Chinese reason, and writes nothing", async () => {
    const S = await newSession();
    expect((await staff.post(`/api/v1/trainings/${S}/enrolments`, { memberId: m3.id, outcome: "COMPLETED" })).status).toBe(201);
    const before = await counts(S);
    const masked = `${m2.idNumber.slice(0, 6)}***********${m2.idNumber.slice(-1)}`;
    const badCheck = m2.idNumber.slice(0, 17) + (m2.idNumber[17] === "0" ? "1" : "0");
    const rows: Cell[][] = [
      [m1.name, m1.idNumber, "是", "40", "取得职业资格证书", "三级", "S2026001", null], // 2 valid
      ["王某", null, "是", null, "结业", null, null, null], // 3 missing ID
      ["王某", "12345", "是", null, "结业", null, null, null], // 4 bad format
      [m2.name, badCheck, "是", null, "结业", null, null, null], // 5 check digit
      ["李某", newIdNumber(), "是", null, "结业", null, null, null], // 6 unknown member
      [foreign.name, foreign.idNumber, "是", null, "结业", null, null, null], // 7 another county's member
      [m1.name, m1.idNumber, "是", null, "结业", null, null, null], // 8 duplicate of row 2
      [m3.name, m3.idNumber, "是", null, "结业", null, null, null], // 9 already enrolled
      ["张冠李", m2.idNumber, "是", null, "结业", null, null, null], // 10 name differs from the registry
      [m2.name, m2.idNumber, "是", null, "优秀", null, null, null], // 11 unknown outcome
      [m2.name, masked, "是", null, "结业", null, null, null], // 12 masked ID number
      [m2.name, m2.idNumber, "是", null, "取得职业资格证书", null, null, null], // 13 certificate without level and number
      [m2.name, m2.idNumber, "是", "四十", "结业", null, null, null], // 14 hours not a number
      [m2.name, m2.idNumber, "是", null, "学历提升补助", null, null, "1500"], // 15 subsidy outside an education-upgrade session
      [m2.name, m2.idNumber, "是", "50", "结业", null, null, null], // 16 more hours than the session
      [m2.name, m2.idNumber, "也许", null, "结业", null, null, null], // 17 yes/no
      [m2.name, 320925199001011234, "是", null, "结业", null, null, null], // 18 ID typed as a number
      [null, null, null, null, null, null, null, null], // 19 blank: skipped
      [m4.name, m4.idNumber, "否", null, "未完成", null, null, "100"], // 20 subsidy with another outcome
    ];
    const r = await upload(staff, `/api/v1/trainings/${S}/enrolments/import?dryRun=1`, await buildXlsx(HEADERS, rows));
    expect(r.status).toBe(200);
    const rep = r.data;
    expect(rep).toMatchObject({ dryRun: true, ok: false, summary: { rows: 18, valid: 1, invalid: 17, written: 0 } });
    const at = (row: number) => rep.issues.filter((i: { row: number }) => i.row === row).map((i: { column: string; message: string }) => `${i.column}：${i.message}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(["身份证号：请填写身份证号"]);
    expect(at(4)).toEqual(["身份证号：身份证号应为18位（最后一位可为X），或15位旧号码"]);
    expect(at(5)).toEqual(["身份证号：身份证号校验位不正确，请核对"]);
    const unknown = "身份证号：会员名册中没有此身份证号，或该会员不属于本次培训的组织范围（不会自动新建会员）";
    expect(at(6)).toEqual([unknown]);
    expect(at(7)).toEqual([unknown]); // another county's member is "unknown": its existence does not leak
    expect(at(8)).toEqual(["身份证号：与第 2 行的身份证号重复"]);
    expect(at(9)).toEqual(["身份证号：该会员已在本次培训的学员名单中"]);
    expect(at(10)).toEqual(["姓名：姓名与该身份证号在会员名册中登记的姓名不一致，请核对"]);
    expect(at(11)[0]).toMatch(/^培训结果：培训结果应为：已报名、结业/);
    expect(at(12)[0]).toMatch(/^身份证号：这是脱敏后的身份证号/);
    expect(at(13)).toEqual(["证书等级：请选择证书等级", "证书编号：请填写证书编号"]);
    expect(at(14)).toEqual(["参训学时：参训学时应为数字，最多一位小数"]);
    expect(at(15)).toEqual(["培训结果：只有学历提升类培训可以发放学历提升补助"]);
    expect(at(16)).toEqual(["参训学时：参训学时不能超过培训学时（40学时）"]);
    expect(at(17)).toEqual(["是否参训：请填写“是”或“否”"]);
    expect(at(18)[0]).toMatch(/^身份证号：身份证号被存成了数字/);
    expect(at(19)).toEqual([]);
    expect(at(20)).toEqual(["补助金额（元）：只有“学历提升补助”时才填写补助金额"]);
    expect(await counts(S)).toEqual(before);

    // The same file imported for real: refused as a whole, with the same report.
    const real = await upload(staff, `/api/v1/trainings/${S}/enrolments/import`, await buildXlsx(HEADERS, rows));
    expect(real.status).toBe(400);
    expect(real.data.error.code).toBe("VALIDATION");
    expect(real.data.error.message).toMatch(/未写入任何数据/);
    expect(real.data.report.issues).toHaveLength(rep.issues.length);
    expect(await counts(S)).toEqual(before);
  });

  it("refuses files that are not usable .xlsx, too large, too long or without the template's columns", async () => {
    const S = await newSession();
    const path = `/api/v1/trainings/${S}/enrolments/import?dryRun=1`;
    const csv = await upload(staff, path, Buffer.from("姓名,身份证号\n"), "学员.csv");
    expect(csv.status).toBe(400);
    expect(csv.data.error.message).toContain("只支持 .xlsx");
    const junk = await upload(staff, path, Buffer.from("not a spreadsheet"), "学员.xlsx");
    expect(junk.status).toBe(400);
    expect(junk.data.error.message).toContain("不是有效的 .xlsx");
    const big = await upload(staff, path, Buffer.alloc(10 * 1024 * 1024 + 1, 0x50), "学员.xlsx");
    expect(big.status).toBe(400);
    expect(big.data.error.message).toContain("10 MB");
    const long = Array.from({ length: 20_001 }, (): Cell[] => ["某某", "320925199001011234", null, null, "结业", null, null, null]);
    const tooLong = await upload(staff, path, await buildXlsx(HEADERS, long));
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.error.message).toContain("20,000 行");
    const noId = await upload(staff, path, await buildXlsx(["姓名", "培训结果"], [[m1.name, "结业"]]));
    expect(noId.status).toBe(200);
    expect(noId.data.issues).toEqual([{ row: 1, column: "身份证号", message: "缺少此列，请使用导入模板" }]);
    expect((await counts(S)).enrolments).toBe(0);
  });

  it("offers a template with Chinese headers, an example row and instructions — whose example row is reported, not imported", async () => {
    const S = await newSession();
    const t = await download(staff, `/api/v1/trainings/${S}/enrolments/import/template`);
    expect(t.status).toBe(200);
    const sheet = await readXlsx(t.body);
    expect(sheet[0]).toEqual(HEADERS);
    expect(sheet).toHaveLength(2);
    const r = await upload(staff, `/api/v1/trainings/${S}/enrolments/import?dryRun=1`, t.body, "模板.xlsx");
    expect(r.status).toBe(200);
    expect(r.data.summary).toMatchObject({ rows: 1, invalid: 1 });
    expect(r.data.issues[0].row).toBe(2);
  });
});

describe("enrolment import: all or nothing", () => {
  it("writes nothing when one row is bad, everything when none is", async () => {
    const S = await newSession();
    const good: Cell[][] = [
      [m1.name, m1.idNumber, "是", "40", "取得职业资格证书", "高级工（三级）", "S2026320925000777", null],
      [m2.name, m2.idNumber, null, "38.5", "结业", null, null, null],
    ];
    const bad: Cell[][] = [...good, ["李某", newIdNumber(), "是", null, "结业", null, null, null]];
    const refused = await upload(staff, `/api/v1/trainings/${S}/enrolments/import`, await buildXlsx(HEADERS, bad));
    expect(refused.status).toBe(400);
    expect(refused.data.report.summary).toMatchObject({ rows: 3, valid: 2, invalid: 1, written: 0 });
    expect(await counts(S)).toEqual({ enrolments: 0, audits: 0 });

    const done = await upload(staff, `/api/v1/trainings/${S}/enrolments/import`, await buildXlsx(HEADERS, good));
    expect(done.status).toBe(200);
    expect(done.data).toMatchObject({ dryRun: false, ok: true, summary: { rows: 2, valid: 2, invalid: 0, written: 2 } });
    expect(await counts(S)).toEqual({ enrolments: 2, audits: 1 });
    const list = (await staff.get(`/api/v1/trainings/${S}/enrolments?sort=name`)).data.data;
    expect(list.find((e: { memberId: string }) => e.memberId === m1.id)).toMatchObject({
      attended: true,
      attendedHours: 40,
      outcome: "CERTIFIED",
      certificateLevel: "LEVEL_3",
      certificateNo: "S2026320925000777",
    });
    expect(list.find((e: { memberId: string }) => e.memberId === m2.id)).toMatchObject({ attended: true, attendedHours: 38.5, outcome: "COMPLETED" });
    // Importing the same file again: every row is now "already enrolled", nothing changes.
    const again = await upload(staff, `/api/v1/trainings/${S}/enrolments/import`, await buildXlsx(HEADERS, good));
    expect(again.status).toBe(400);
    expect((await counts(S)).enrolments).toBe(2);
  });
});

describe("export → import round trip", () => {
  it("re-imports an 'import format' export into another session with the same enrolments", async () => {
    for (const type of ["EMPLOYMENT_SKILLS", "EDUCATION_UPGRADE"]) {
      const A = await newSession({ type });
      const enrol = async (m: M, body: Record<string, unknown>) => expect((await staff.post(`/api/v1/trainings/${A}/enrolments`, { memberId: m.id, ...body })).status).toBe(201);
      if (type === "EDUCATION_UPGRADE") {
        await enrol(m1, { outcome: "SUBSIDY_GRANTED", subsidyAmount: "1234.50", attendedHours: 36.5 });
        await enrol(m2, { outcome: "SUBSIDY_GRANTED", subsidyAmount: "3000" });
      } else {
        await enrol(m1, { outcome: "CERTIFIED", certificateLevel: "LEVEL_2", certificateNo: "S-2026-0001", attendedHours: 40 });
        await enrol(m2, { outcome: "DROPPED", attendedHours: 12.5 });
      }
      await enrol(m3, { outcome: "ENROLLED", attended: false });
      await enrol(m4, { outcome: "COMPLETED" });

      const masked = await download(staff, `/api/v1/trainings/${A}/enrolments/export`);
      expect(masked.status).toBe(200);
      const maskedSheet = await readXlsx(masked.body);
      expect(maskedSheet[0].slice(0, HEADERS.length)).toEqual(HEADERS);
      expect(maskedSheet.slice(1).every((r) => /^\d{6}\*{8}\d{3}[\dX]$/.test(r[1]))).toBe(true);

      const exported = await download(staff, `/api/v1/trainings/${A}/enrolments/export?format=import`);
      expect(exported.status).toBe(200);
      const B = await newSession({ type });
      // The masked list cannot be imported: each row says why.
      const maskedTry = await upload(staff, `/api/v1/trainings/${B}/enrolments/import?dryRun=1`, masked.body);
      expect(maskedTry.data.summary).toMatchObject({ rows: 4, invalid: 4 });
      const dry = await upload(staff, `/api/v1/trainings/${B}/enrolments/import?dryRun=1`, exported.body);
      expect(dry.data).toMatchObject({ ok: true, summary: { rows: 4, valid: 4, written: 0 } });
      const real = await upload(staff, `/api/v1/trainings/${B}/enrolments/import`, exported.body);
      expect(real.status).toBe(200);
      expect(real.data.summary.written).toBe(4);

      const shape = async (id: string) =>
        (await staff.get(`/api/v1/trainings/${id}/enrolments?sort=name`)).data.data
          .map((e: Record<string, unknown>) => [e.memberId, e.attended, e.attendedHours, e.outcome, e.certificateLevel, e.certificateNo, e.subsidyAmount])
          .sort();
      expect(await shape(B)).toEqual(await shape(A));
    }
  });
});

describe("competition entries import", () => {
  let C: string;
  const entryCount = async () => one<{ n: number }>("SELECT count(*)::int AS n FROM competition_entry WHERE competition_id = $1", [C]);

  beforeAll(async () => {
    const r = await staff.post("/api/v1/competitions", {
      orgId: shanggang,
      name: `导入测试竞赛-${Math.random().toString(36).slice(2, 8)}`,
      kind: "SKILLS",
      level: "COUNTY",
      organiser: "上冈镇总工会",
      startsOn: "2026-09-01",
      endsOn: "2026-09-02",
      trades: ["电工", "焊工"],
    });
    C = r.data.id;
    expect((await staff.post(`/api/v1/competitions/${C}/entries`, { memberId: m3.id, trade: "电工" })).status).toBe(201);
  });

  it("dry run reports bad trades, ranks, awards, duplicates, existing and unknown entrants, writing nothing", async () => {
    const rows: Cell[][] = [
      [m1.name, m1.idNumber, "电工", "96.5", "1", "一等奖"], // 2 valid
      [m1.name, m1.idNumber, "焊工", "90", "2", "二等奖"], // 3 valid: another trade
      [m1.name, m1.idNumber, "电工", "80", "3", null], // 4 duplicate of row 2
      [m2.name, m2.idNumber, "厨师", null, null, null], // 5 trade not in the competition
      [m2.name, m2.idNumber, "焊工", "九十", "0", "特等奖"], // 6 score, rank and award
      [m3.name, m3.idNumber, "电工", null, null, null], // 7 already entered
      [foreign.name, foreign.idNumber, "电工", null, null, null], // 8 another county's member
      [m4.name, m4.idNumber, null, null, null, null], // 9 no trade
    ];
    const before = await entryCount();
    const r = await upload(staff, `/api/v1/competitions/${C}/entries/import?dryRun=1`, await buildXlsx(ENTRY_HEADERS, rows));
    expect(r.status).toBe(200);
    expect(r.data.summary).toMatchObject({ rows: 8, valid: 2, invalid: 6, written: 0 });
    const at = (row: number) => r.data.issues.filter((i: { row: number }) => i.row === row).map((i: { column: string }) => i.column);
    expect(at(4)).toEqual(["身份证号"]);
    expect(at(5)).toEqual(["工种"]);
    expect(at(6)).toEqual(["成绩", "名次", "奖项"]);
    expect(at(7)).toEqual(["身份证号"]);
    expect(at(8)).toEqual(["身份证号"]);
    expect(at(9)).toEqual(["工种"]);
    expect(await entryCount()).toEqual(before);
    const refused = await upload(staff, `/api/v1/competitions/${C}/entries/import`, await buildXlsx(ENTRY_HEADERS, rows));
    expect(refused.status).toBe(400);
    expect(await entryCount()).toEqual(before);
  });

  it("round-trips: the 'import format' export imports into another competition", async () => {
    const ok: Cell[][] = [
      [m1.name, m1.idNumber, "电工", "96.5", "1", "一等奖"],
      [m2.name, m2.idNumber, "焊工", "88.25", "3", "三等奖"],
    ];
    const done = await upload(staff, `/api/v1/competitions/${C}/entries/import`, await buildXlsx(ENTRY_HEADERS, ok));
    expect(done.status).toBe(200);
    expect(done.data.summary.written).toBe(2);
    const exported = await download(staff, `/api/v1/competitions/${C}/entries/export?format=import`);
    const D = (
      await staff.post("/api/v1/competitions", {
        orgId: shanggang,
        name: `导入测试竞赛（复制）-${Math.random().toString(36).slice(2, 8)}`,
        kind: "SKILLS",
        level: "COUNTY",
        organiser: "上冈镇总工会",
        startsOn: "2026-10-01",
        endsOn: "2026-10-02",
        trades: ["电工", "焊工"],
      })
    ).data.id;
    const real = await upload(staff, `/api/v1/competitions/${D}/entries/import`, exported.body);
    expect(real.status).toBe(200);
    expect(real.data.summary.written).toBe(3);
    const shape = async (id: string) =>
      (await staff.get(`/api/v1/competitions/${id}/entries`)).data.data.map((e: Record<string, unknown>) => [e.memberId, e.trade, e.score, e.rank, e.award]).sort();
    expect(await shape(D)).toEqual(await shape(C));
  });
});
