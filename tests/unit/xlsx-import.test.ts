// The .xlsx parser on its own (no database): columns found by header text in any
// order, blank lines skipped, cells of every kind read as text, and every
// problem reported with Excel's row number and the Chinese column header.
import fs from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { buildTemplate, checkInBatches, MAX_REPORTED_ISSUES, parseWorkbook, type ImportSpec, type RawRow } from "@/lib/xlsx/import";
import { z } from "@/lib/validation/zod";
import { ENROLMENT_IMPORT } from "@/lib/trainings/import";
import { ENTRY_IMPORT } from "@/lib/competitions/import";

async function book(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("导入数据");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("parseWorkbook", () => {
  it("maps columns by header in any order and skips blank lines", async () => {
    const buf = await book([
      ["培训结果", "备注（不导入）", "身份证号", "姓名"],
      ["结业", "随便写", "320925199001011230", { richText: [{ text: "张" }, { text: "三" }] }],
      [],
      ["取得职业资格证书", null, "11010519491231002X", "李四"],
    ]);
    const r = await parseWorkbook(buf, ENROLMENT_IMPORT);
    expect(r.total).toBe(2);
    expect(r.rows[0]).toMatchObject({ row: 2, data: { name: "张三", idNumber: "320925199001011230", outcome: "COMPLETED", attended: true } });
    expect(r.issues).toEqual([
      { row: 4, column: "证书等级", message: "请选择证书等级" },
      { row: 4, column: "证书编号", message: "请填写证书编号" },
    ]);
  });

  it("reports ID numbers stored as numbers, masked numbers and bad values per column", async () => {
    const buf = await book([
      ["姓名", "身份证号", "是否参训", "参训学时", "培训结果", "补助金额（元）"],
      ["王五", 320925199001011230, "是", 8, "结业", null],
      ["赵六", "320925********1230", "是", "8", "结业", null],
      ["钱七", "320925199001011230", "不知道", "8.25", "已报名", "12.345"],
    ]);
    const r = await parseWorkbook(buf, ENROLMENT_IMPORT);
    expect(r.rows).toHaveLength(0);
    const byRow = (n: number) => r.issues.filter((i) => i.row === n).map((i) => i.column);
    expect(r.issues.find((i) => i.row === 2)?.message).toMatch(/被存成了数字/);
    expect(r.issues.find((i) => i.row === 3)?.message).toMatch(/脱敏/);
    expect(byRow(4)).toEqual(["是否参训", "参训学时", "补助金额（元）"]);
  });

  it("needs the template's required columns", async () => {
    const r = await parseWorkbook(await book([["姓名", "工种"], ["张三", "电工"]]), ENTRY_IMPORT);
    expect(r.issues).toEqual([{ row: 1, column: "身份证号", message: "缺少此列，请使用导入模板" }]);
  });

  it("reads its own template: Chinese headers, one example row, an instructions sheet", async () => {
    const buf = await buildTemplate(ENTRY_IMPORT, ["本竞赛的工种：电工、焊工。"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["导入数据", "填写说明"]);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, "姓名", "身份证号", "工种", "成绩", "名次", "奖项"]);
    const parsed = await parseWorkbook(buf, ENTRY_IMPORT);
    expect(parsed.total).toBe(1);
    expect(parsed.rows[0].data).toMatchObject({ name: "张三", trade: "电工", rank: 1, award: "FIRST" });
  });

  it("leaves no temp file behind, whether it reads a file to the end or refuses it early", async () => {
    // ExcelJS parks worksheets in temp files (tmp-<pid>-…) while it streams a workbook.
    // It removes them asynchronously: let the earlier tests' removals finish first.
    const settle = () => new Promise((r) => setTimeout(r, 100));
    const parked = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));
    await settle();
    const before = parked();
    await parseWorkbook(await buildTemplate(ENTRY_IMPORT, ["说明"]), ENTRY_IMPORT); // two sheets, the second unused
    await parseWorkbook(await book([["姓名", "工种"], ["张三", "电工"]]), ENTRY_IMPORT); // refused at its header
    const rows = Array.from({ length: 20_002 }, (): ExcelJS.CellValue[] => ["张三", "320925199001011230", "电工"]);
    await expect(parseWorkbook(await book([["姓名", "身份证号", "工种"], ...rows]), ENTRY_IMPORT)).rejects.toThrow(/超过 20,000 行/);
    await settle(); // a stream opening after its file was removed would fail here
    expect(parked()).toEqual(before);
    // Building and reading a 20,000-row workbook takes ~2 s alone, longer on a busy machine.
  }, 60_000);
});

describe("parseWorkbook: a fault of the reader", () => {
  type Reader = { prototype: { _parseWorksheet: (...a: unknown[]) => unknown } };
  const reader = (ExcelJS as unknown as { stream: { xlsx: { WorkbookReader: Reader } } }).stream.xlsx.WorkbookReader.prototype;

  it("reads the file again when the reader fails before the first row, and refuses a file that fails three times", async () => {
    const original = reader._parseWorksheet;
    let faults = 1;
    reader._parseWorksheet = function (this: unknown, ...a: unknown[]) {
      // As ExcelJS has failed intermittently: a TypeError while opening the sheet.
      if (faults-- > 0) throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
      return original.apply(this, a);
    };
    try {
      const buf = await book([["姓名", "身份证号", "工种"], ["张三", "320925199001011230", "电工"], ["李四", "11010519491231002X", "焊工"]]);
      const r = await parseWorkbook(buf, ENTRY_IMPORT);
      expect(r.total).toBe(2);
      expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
      expect(faults).toBeLessThan(0); // the fault happened, and a later read went through
      faults = 3;
      await expect(parseWorkbook(buf, ENTRY_IMPORT)).rejects.toThrow(/无法读取该文件/);
      expect(faults).toBe(0); // read three times, no more
    } finally {
      reader._parseWorksheet = original;
    }
  });
});

describe("parseWorkbook: Chinese text in large files", () => {
  // ExcelJS's streaming reader split a character whose UTF-8 bytes straddled a
  // chunk boundary into "���" (lib/xlsx/import.ts patches its decoding).
  const NAME_SPEC: ImportSpec<"name", { name: string }> = {
    title: "测试",
    columns: [{ key: "name", header: "姓名", required: true, example: "张三", hint: "" }],
    row: z.object({ name: z.string() }) as unknown as z.ZodType<{ name: string }, RawRow<"name">>,
    notes: [],
  };
  // Distinct, all-Chinese texts, so the XML is mostly three-byte characters and
  // its chunk boundaries (deterministic for this content) fall inside them.
  const digits = "零一二三四五六七八九";
  const names = Array.from({ length: 10_000 }, (_, i) => `${[...String(i)].map((d) => digits[Number(d)]).join("")}号江苏省盐城市建湖县上冈镇职工服务中心会员名册测试`);
  const expectIntact = (r: Awaited<ReturnType<typeof parseWorkbook<"name", { name: string }>>>) => {
    expect(r.rows).toHaveLength(names.length);
    expect(r.rows.filter((x, i) => x.data.name !== names[i]).map((x) => x.row)).toEqual([]);
  };

  it("reads every name of a 10,000-row sheet with shared strings (as Excel saves) intact", { timeout: 60_000 }, async () => {
    expectIntact(await parseWorkbook(await book([["姓名"], ...names.map((n) => [n])]), NAME_SPEC));
  });

  it("reads every name of a 10,000-row sheet with inline strings (as streaming writers save) intact", { timeout: 60_000 }, async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const ws = wb.addWorksheet("导入数据");
    ws.addRow(["姓名"]).commit();
    for (const n of names) ws.addRow([n]).commit();
    ws.commit();
    await wb.commit();
    expectIntact(await parseWorkbook(Buffer.concat(chunks), NAME_SPEC));
  });
});

describe("checkInBatches", () => {
  const ID_SPEC: ImportSpec<"id", { id: string }> = {
    title: "测试",
    columns: [{ key: "id", header: "编号", required: true, example: "1", hint: "" }],
    row: z.object({ id: z.string().regex(/^\d+$/, "编号应为数字") }) as unknown as z.ZodType<{ id: string }, RawRow<"id">>,
    notes: [],
  };

  it("hands the rows over a batch at a time, in order, and says when the file stopped being clean", async () => {
    const buf = await book([["编号"], ["1"], ["2"], ["3"], ["x"], ["5"], ["6"], ["7"]]);
    const seen: { rows: number[]; clean: boolean }[] = [];
    const report = await checkInBatches({
      file: buf,
      spec: ID_SPEC,
      dryRun: false,
      batchSize: 2,
      check: async (rows, problem, cleanSoFar) => {
        for (const r of rows) if (r.data.id === "6") problem(r.row, "编号", "与第 2 行重复");
        seen.push({ rows: rows.map((r) => r.row), clean: cleanSoFar() });
      },
    });
    // Row 5 ("x") fails the row schema in the third batch: that batch and every later one is no longer clean.
    expect(seen).toEqual([
      { rows: [2, 3], clean: true },
      { rows: [4], clean: false },
      { rows: [6, 7], clean: false },
      { rows: [8], clean: false },
    ]);
    expect(report).toEqual({
      dryRun: false,
      ok: false,
      summary: { rows: 7, valid: 5, invalid: 2, written: 0, issues: 2 },
      issues: [
        { row: 5, column: "编号", message: "编号应为数字" },
        { row: 7, column: "编号", message: "与第 2 行重复" },
      ],
    });
  });

  it("lists the first 1,000 problems in row order and counts them all", { timeout: 60_000 }, async () => {
    const buf = await book([["编号"], ...Array.from({ length: 1500 }, (_, i) => [`坏${i}`])]);
    const report = await checkInBatches({ file: buf, spec: ID_SPEC, dryRun: true, batchSize: 400, check: async () => {} });
    expect(report.summary).toEqual({ rows: 1500, valid: 0, invalid: 1500, written: 0, issues: 1500 });
    expect(report.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(report.issues.at(-1)?.row).toBe(MAX_REPORTED_ISSUES + 1);
  });

  it("passes a check's own error through as is, not as an unreadable file", async () => {
    const buf = await book([["编号"], ["1"], ["2"], ["3"]]);
    const refused = checkInBatches({
      file: buf,
      spec: ID_SPEC,
      dryRun: true,
      batchSize: 1,
      check: async (rows) => {
        if (rows[0].row === 3) throw new Error("budget spent");
      },
    });
    await expect(refused).rejects.toThrow("budget spent");
  });
});
