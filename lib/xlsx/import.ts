// The shared .xlsx import: a downloadable template (Chinese headers, one example
// row, a sheet of instructions), a streaming parser that validates every row
// with the module's zod row schema, and a runner that reports EVERY problem as
// { row, column, message } (row number as Excel shows it, column header and
// reason in Chinese) before anything is written. A dry run stops after the
// checks; a real import writes all rows in one transaction or none at all.
import "server-only";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import { AppError } from "../errors";
import { contentDisposition } from "../http/download";
import { assertDeclaredSize, readLimited } from "../http/body";
import { withoutInertPrefix } from "./export";
import { BIDI_CONTROLS, type z } from "../validation/zod";
import { json } from "../http/json";

export const IMPORT_LIMITS = {
  /** Upload size (bytes). */
  maxBytes: 10 * 1024 * 1024,
  /** Non-empty data rows per file, unless the import's spec sets its own. */
  maxRows: 20_000,
};

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ImportColumn<K extends string = string> = {
  key: K;
  header: string;
  required?: boolean;
  /** The example row's value. */
  example: string;
  /** What to enter, for the instructions sheet. */
  hint: string;
  width?: number;
  /** Must be typed as text (long digit strings such as ID numbers lose digits as numbers). */
  text?: boolean;
  /** Allowed values, offered as a drop-down list in the template. */
  choices?: readonly string[];
};

/** Raw cell texts of one row, keyed by column key; blank cells are absent. */
export type RawRow<K extends string> = Partial<Record<K, string>>;

export type ImportSpec<K extends string, Row> = {
  /** e.g. "培训学员导入模板" (title of the instructions sheet). */
  title: string;
  columns: readonly ImportColumn<K>[];
  /** Validates one row's texts; issue paths name the column key. */
  row: z.ZodType<Row, RawRow<K>>;
  notes: readonly string[];
  /**
   * A higher row limit, for an import whose checks and writes are set-based
   * (the member registry: 50,000 rows); the byte limit stays.
   */
  maxRows?: number;
  /** Replaces the note that members are matched by ID number and never created. */
  idNumberNote?: string;
};

export const maxRowsOf = (spec: { maxRows?: number }) => spec.maxRows ?? IMPORT_LIMITS.maxRows;

export type ImportIssue = { row: number; column: string; message: string };
export type ParsedRow<Row> = { row: number; data: Row };

export type ImportReport = {
  dryRun: boolean;
  /** True when the file has no problems (and, unless a dry run, was written). */
  ok: boolean;
  /** `issues`: every problem found; the report lists at most MAX_REPORTED_ISSUES of them. */
  summary: { rows: number; valid: number; invalid: number; written: number; issues: number };
  issues: ImportIssue[];
};

const DATA_SHEET = "导入数据";
const NOTES_SHEET = "填写说明";

// ---------------------------------------------------------------- template

export async function buildTemplate<K extends string, Row>(spec: ImportSpec<K, Row>, extraNotes: readonly string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "工会工作平台";
  const maxRows = maxRowsOf(spec);
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16, style: c.text ? { numFmt: "@" } : {} }));
  spec.columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true, color: c.required ? { argb: "FFB91C1C" } : undefined };
    cell.note = `${c.required ? "必填。" : "选填。"}${c.hint}`;
    if (c.choices) {
      const letter = ws.getColumn(i + 1).letter;
      // exceljs keeps data validations per range (its typings omit the collection).
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${maxRows + 1}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${c.choices.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "输入有误",
        error: `请从下拉列表中选择：${c.choices.join("、")}`,
      });
    }
  });
  const example = ws.addRow(spec.columns.map((c) => c.example));
  example.font = { italic: true, color: { argb: "FF6B7280" } };

  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.columns = [
    { header: "列名", key: "header", width: 18 },
    { header: "是否必填", key: "required", width: 10 },
    { header: "填写要求", key: "hint", width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of spec.columns) notes.addRow({ header: c.header, required: c.required ? "必填" : "选填", hint: c.hint });
  notes.addRow([]);
  notes.addRow([spec.title]).font = { bold: true };
  const general = [
    `数据填写在第一个工作表“${DATA_SHEET}”中，第1行为列名，请勿修改列名；列的顺序可以调整，多余的列不会导入。`,
    "第2行为示例（灰色斜体），导入前请删除。",
    `每个文件最多 ${maxRows.toLocaleString("zh-CN")} 行数据，文件不超过 ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB，只支持 .xlsx 格式。`,
    spec.idNumberNote ?? "身份证号请以文本格式填写完整的18位号码（末位可为X）；会员按身份证号在会员名册中匹配，未登记的会员不会自动新建。",
    "建议先“试导入”检查：试导入不写入任何数据，并列出每一处错误（行号、列名、原因）。正式导入时只要有一处错误，整个文件都不会写入。",
    ...spec.notes,
    ...extraNotes,
  ];
  general.forEach((n, i) => notes.addRow([`${i + 1}. ${n}`]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook as a download. */
export function xlsxFileResponse(buf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(buf), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "no-store",
    },
  });
}

// ---------------------------------------------------------------- upload

const tooBig = () => new AppError("VALIDATION", `文件超过 ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB，请拆分后分批导入`, { file: "文件过大" });

/**
 * The .xlsx file of a `multipart/form-data` upload (field `file`). Size is
 * enforced while the body streams in; only .xlsx (a zip) is accepted.
 */
export async function readXlsxUpload(req: Request): Promise<Buffer> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("VALIDATION", "请以 multipart/form-data 方式上传文件（字段名 file）", { file: "请上传文件" });
  }
  // Room for the multipart framing around the file itself.
  const limit = IMPORT_LIMITS.maxBytes + 64 * 1024;
  assertDeclaredSize(req, limit, tooBig);
  const raw = await readLimited(req.body, limit, tooBig);
  let form: FormData;
  try {
    form = await new Response(raw as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("VALIDATION", "无法读取上传的文件，请重新选择文件上传", { file: "无法读取上传的文件" });
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || !("name" in file)) {
    throw new AppError("VALIDATION", "请选择要导入的 .xlsx 文件", { file: "请选择要导入的 .xlsx 文件" });
  }
  const name = String((file as File).name ?? "");
  if (BIDI_CONTROLS.test(name)) throw new AppError("VALIDATION", "文件名含有改变文字方向的不可见字符，请重命名后上传", { file: "文件名含有不可见的方向控制字符" });
  if (!/\.xlsx$/i.test(name)) {
    throw new AppError("VALIDATION", "只支持 .xlsx 格式的 Excel 文件（.xls、.csv 请先另存为 .xlsx）", { file: "只支持 .xlsx 格式" });
  }
  if (file.size === 0) throw new AppError("VALIDATION", "上传的文件是空的", { file: "文件为空" });
  if (file.size > IMPORT_LIMITS.maxBytes) throw tooBig();
  const buf = Buffer.from(await file.arrayBuffer());
  // An .xlsx file is a zip archive: "PK\x03\x04".
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError("VALIDATION", "文件不是有效的 .xlsx 文件，请用 Excel 或 WPS 另存为 .xlsx 后重试", { file: "文件格式无效" });
  }
  return buf;
}

// ---------------------------------------------------------------- parser

/**
 * ExcelJS's streaming reader decodes each compressed chunk of XML on its own
 * (lib/utils/parse-sax.js), so a Chinese character whose three UTF-8 bytes
 * straddle a chunk boundary (every 16–64 KB) comes out as "���": one name in a
 * few thousand rows, at random, in shared strings and in the sheet alike
 * (exceljs issues #2063, #2084, open upstream in 4.4.0). The reader accepts
 * strings as well as Buffers, so both of its XML inputs are decoded here with
 * one StringDecoder per stream, which carries a split character over to the
 * next chunk. Patched once, on the reader's prototype; tests/unit/xlsx-import
 * reads a large Chinese workbook back intact.
 */
type ReaderInternals = {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  utf8Patched?: boolean;
};

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const c of chunks) {
    const s = typeof c === "string" ? c : decoder.write(c);
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function patchUtf8Decoding() {
  const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
  if (proto.utf8Patched) return;
  if (typeof proto._parseSharedStrings !== "function" || typeof proto._parseWorksheet !== "function") {
    throw new Error("exceljs: WorkbookReader internals changed; review the UTF-8 fix in lib/xlsx/import.ts");
  }
  const sharedStrings = proto._parseSharedStrings;
  proto._parseSharedStrings = function (entry) {
    entry.setEncoding("utf8");
    return sharedStrings.call(this, entry);
  };
  const worksheet = proto._parseWorksheet;
  proto._parseWorksheet = function (iterator, sheetNo) {
    return worksheet.call(this, decodeUtf8(iterator), sheetNo);
  };
  proto.utf8Patched = true;
}
patchUtf8Decoding();

type CellText = { text: string } | { problem: string };

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A cell's value as the text the row schema validates. */
function cellText(value: ExcelJS.CellValue, column: ImportColumn): CellText | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // Excel dates have no time zone; exceljs hands them over as UTC midnight.
    return { text: `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}` };
  }
  if (typeof value === "number") {
    if (column.text && Math.abs(value) >= 1e15) {
      return { problem: `${column.header}被存成了数字，末尾几位已丢失，请将该列设置为文本格式后重新填写` };
    }
    return { text: String(value) };
  }
  if (typeof value === "string") return { text: withoutInertPrefix(value) };
  if (typeof value === "boolean") return { text: value ? "是" : "否" };
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return { text: value.richText.map((r) => r.text).join("") };
    if ("error" in value) return { problem: `单元格为错误值 ${String(value.error)}` };
    if ("result" in value) return value.result === undefined ? null : cellText(value.result as ExcelJS.CellValue, column);
    if ("text" in value && typeof value.text === "string") return { text: value.text };
  }
  return { problem: "无法识别的单元格内容" };
}

export type ParseResult<Row> = { rows: ParsedRow<Row>[]; issues: ImportIssue[]; total: number };
/** Consecutive rows of the file, parsed, with the problems found in them (row order). */
export type ParseBatch<Row> = ParseResult<Row>;

/**
 * Reads the first worksheet as a stream, maps columns by their header text,
 * validates each non-empty row, and hands the rows over `batchSize` at a time
 * (waiting for `onBatch` before reading on, so only one batch is held). A file
 * past the row limit is refused at its first row past it; a bad header ends
 * the file with the header's problems alone.
 */
export function readBatches<K extends string, Row>(
  buf: Buffer,
  spec: ImportSpec<K, Row>,
  batchSize: number,
  onBatch: (batch: ParseBatch<Row>) => Promise<void>,
): Promise<{ total: number }> {
  return readSheet(buf, spec, batchSize, onBatch, 1);
}

/**
 * How often a file is read before its header row is refused as unreadable.
 * Twice was not enough: a fresh-clone CI run (2026-12-06) met ExcelJS's fault
 * on the read after the unit test's injected one.
 */
const READS_BEFORE_HEADER = 3;

/** readBatches, on its attempt-th read of the file (at most READS_BEFORE_HEADER). */
async function readSheet<K extends string, Row>(
  buf: Buffer,
  spec: ImportSpec<K, Row>,
  batchSize: number,
  onBatch: (batch: ParseBatch<Row>) => Promise<void>,
  attempt: number,
): Promise<{ total: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buf), {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let batch: ParseBatch<Row> = { rows: [], issues: [], total: 0 };
  let total = 0;
  let headerSeen = false;
  const colByIndex = new Map<number, ImportColumn<K>>();
  const headers = new Map(spec.columns.map((c) => [c.header, c]));
  // Set when the rest of the file no longer matters (missing columns, too many rows, a failed batch).
  let stopped = false;
  let tooMany = false;
  let badHeader = false;
  let failure: { error: unknown } | null = null;
  const maxRows = maxRowsOf(spec);
  const flush = async () => {
    const full = batch;
    batch = { rows: [], issues: [], total: 0 };
    // The caller's error (a refused budget, a database error) is not the file's: kept and rethrown as is.
    if (!failure && full.total + full.issues.length > 0) await onBatch(full).catch((error: unknown) => void (failure = { error }));
    if (failure) stopped = true;
  };

  try {
    for await (const sheet of reader) {
      // The data sheet is the workbook's first (sheet1.xml); instruction sheets are ignored.
      // But every sheet is read to its end: ExcelJS parks a worksheet in a temp file and
      // deletes it when the next sheet is asked for, so a sheet left unread fails to open
      // after the deletion (an uncaught ENOENT) and an early exit leaves the file behind.
      const isData = String((sheet as unknown as { id: string | number }).id) === "1";
      for await (const row of sheet) {
        if (!isData || stopped) continue;
        const values = (row.values ?? []) as ExcelJS.CellValue[];
        if (!headerSeen) {
          headerSeen = true;
          const seen = new Set<string>();
          values.forEach((v, i) => {
            const t = cellText(v, { key: "", header: "", example: "", hint: "" });
            const h = t && "text" in t ? t.text.trim().replace(/\s+/g, "") : "";
            const col = headers.get(h);
            if (!col) return;
            if (seen.has(h)) batch.issues.push({ row: row.number, column: h, message: "列名重复" });
            seen.add(h);
            colByIndex.set(i, col);
          });
          for (const c of spec.columns) {
            if (c.required && !seen.has(c.header)) batch.issues.push({ row: row.number, column: c.header, message: "缺少此列，请使用导入模板" });
          }
          if (batch.issues.length) {
            badHeader = true;
            await flush();
            stopped = true;
          }
          continue;
        }
        const raw: RawRow<K> = {};
        const cellProblems: ImportIssue[] = [];
        for (const [i, col] of colByIndex) {
          const t = cellText(values[i], col);
          if (!t) continue;
          if ("problem" in t) cellProblems.push({ row: row.number, column: col.header, message: t.problem });
          else if (t.text.trim() !== "") raw[col.key] = t.text.trim();
        }
        if (Object.keys(raw).length === 0 && cellProblems.length === 0) continue; // blank line
        total++;
        if (total > maxRows) {
          tooMany = stopped = true;
          continue;
        }
        batch.total++;
        if (cellProblems.length) batch.issues.push(...cellProblems);
        else {
          const parsed = spec.row.safeParse(raw);
          if (parsed.success) batch.rows.push({ row: row.number, data: parsed.data });
          else {
            const reported = new Set<string>();
            for (const issue of parsed.error.issues) {
              const key = String(issue.path[0] ?? "");
              const header = spec.columns.find((c) => c.key === key)?.header ?? "—";
              if (reported.has(header)) continue;
              reported.add(header);
              batch.issues.push({ row: row.number, column: header, message: issue.message });
            }
          }
        }
        if (batch.total >= batchSize) await flush();
      }
    }
  } catch (e) {
    // A damaged or foreign file, or a fault of the reader: logged by its kind and
    // where it was thrown, never its message, which may quote the file's cells.
    const err = e instanceof Error ? (e as NodeJS.ErrnoException) : null;
    const kind = err ? `${err.name}${err.code ? ` ${err.code}` : ""}` : typeof e;
    // ExcelJS's stream reader has failed now and then while opening the sheet, on
    // files it reads the next time (a TypeError in _parseWorksheet: the workbook's
    // model not yet read; once in several hundred test runs, never reproduced
    // alone). Before the header row nothing has been read or handed over, so the
    // file is read again; a damaged file fails every time and is refused.
    if (!headerSeen && attempt < READS_BEFORE_HEADER) {
      console.warn("[xlsx] import read failed before the first row, reading again:", kind);
      return readSheet(buf, spec, batchSize, onBatch, attempt + 1);
    }
    console.error("[xlsx] import read failed:", kind, err?.stack?.split("\n").slice(1, 4).join(" | ") ?? "");
    throw new AppError("VALIDATION", "无法读取该文件，请确认是用 Excel 或 WPS 保存的 .xlsx 文件", { file: "文件无法读取" });
  }
  const rethrow = () => {
    if (failure) throw (failure as { error: unknown }).error;
  };
  rethrow();
  if (tooMany) {
    throw new AppError("VALIDATION", `文件超过 ${maxRows.toLocaleString("zh-CN")} 行数据，请拆分后分批导入`, { file: "行数超过上限" });
  }
  if (!headerSeen) throw new AppError("VALIDATION", "文件中没有数据：第一个工作表是空的", { file: "文件中没有数据" });
  if (badHeader) return { total: 0 };
  if (total === 0) throw new AppError("VALIDATION", "文件中没有可导入的数据行", { file: "没有数据行" });
  await flush();
  rethrow();
  return { total };
}

/** The whole sheet at once, for imports whose checks need every row together (limit 20,000). */
export async function parseWorkbook<K extends string, Row>(buf: Buffer, spec: ImportSpec<K, Row>): Promise<ParseResult<Row>> {
  const rows: ParsedRow<Row>[] = [];
  const issues: ImportIssue[] = [];
  const { total } = await readBatches(buf, spec, Infinity, async (b) => {
    for (const r of b.rows) rows.push(r);
    for (const i of b.issues) issues.push(i);
  });
  return { rows, issues, total };
}

// ---------------------------------------------------------------- runner

export type Reporter = (row: number, column: string, message: string) => void;

/**
 * At most this many problems are listed (the first, in row order); the summary
 * counts them all. A 50,000-row file of wrong rows would otherwise answer with
 * hundreds of thousands of them, held in memory and sent whole.
 */
export const MAX_REPORTED_ISSUES = 1000;

/** Collects a file's problems batch by batch (batches in row order): the first MAX_REPORTED_ISSUES, sorted, and the counts. */
class IssueLog {
  readonly listed: ImportIssue[] = [];
  count = 0;
  invalidRows = 0;
  constructor(private readonly order: Map<string, number>) {}
  add(batch: ImportIssue[]) {
    batch.sort((a, b) => a.row - b.row || (this.order.get(a.column) ?? 99) - (this.order.get(b.column) ?? 99));
    this.count += batch.length;
    this.invalidRows += new Set(batch.map((i) => i.row)).size;
    for (const i of batch) {
      if (this.listed.length >= MAX_REPORTED_ISSUES) break;
      this.listed.push(i);
    }
  }
  report(dryRun: boolean, rows: number): ImportReport {
    const summary = { rows, valid: rows - this.invalidRows, invalid: this.invalidRows, written: 0, issues: this.count };
    return { dryRun, ok: this.count === 0, summary, issues: this.listed };
  }
}

const issueLog = (spec: { columns: readonly ImportColumn[] }) => new IssueLog(new Map(spec.columns.map((c, i) => [c.header, i])));

/**
 * Parse → module checks (members by ID number, duplicates, already present …)
 * → report. Nothing is written unless every row is clean and this is not a
 * dry run; `write` runs the caller's single transaction.
 */
export async function runImport<K extends string, Row, Ready>(opts: {
  file: Buffer;
  spec: ImportSpec<K, Row>;
  dryRun: boolean;
  check: (rows: ParsedRow<Row>[], report: Reporter) => Promise<Ready[]>;
  write: (ready: Ready[]) => Promise<number>;
}): Promise<ImportReport> {
  const parsed = await parseWorkbook(opts.file, opts.spec);
  const issues = [...parsed.issues];
  const ready = await opts.check(parsed.rows, (row, column, message) => issues.push({ row, column, message }));
  const log = issueLog(opts.spec);
  log.add(issues);
  const report = log.report(opts.dryRun, parsed.total);
  if (report.ok && !opts.dryRun) report.summary.written = await opts.write(ready);
  return report;
}

/**
 * runImport for a file too large to hold (the member registry, 50,000 rows):
 * rows are checked `batchSize` at a time as the sheet streams in, and only what
 * `check` keeps across batches stays in memory. `check` can ask whether the
 * file is still clean so far (this batch included), so a real import can stage the checked rows
 * (inside its transaction) until the first problem and stop staging after it.
 * Writes nothing itself: the caller moves the staged rows when the report is ok.
 */
export async function checkInBatches<K extends string, Row>(opts: {
  file: Buffer;
  spec: ImportSpec<K, Row>;
  dryRun: boolean;
  batchSize: number;
  check: (rows: ParsedRow<Row>[], report: Reporter, cleanSoFar: () => boolean) => Promise<void>;
}): Promise<ImportReport> {
  const log = issueLog(opts.spec);
  const { total } = await readBatches(opts.file, opts.spec, opts.batchSize, async (batch) => {
    const issues = batch.issues;
    await opts.check(batch.rows, (row, column, message) => issues.push({ row, column, message }), () => log.count === 0 && issues.length === 0);
    log.add(issues);
  });
  return log.report(opts.dryRun, total);
}

/**
 * The HTTP answer: a clean report is 200; a real import refused for bad rows
 * is 400 in the API's error shape, with the report alongside so the caller
 * still sees every row.
 */
export function importResponse(report: ImportReport): Response {
  if (report.ok || report.dryRun) return json(report);
  return json(
    {
      error: { code: "VALIDATION", message: `导入失败：文件中有 ${report.summary.invalid} 行存在 ${report.summary.issues} 处错误，未写入任何数据` },
      report,
    },
    { status: 400 },
  );
}

/** `?dryRun=1` (or `true`) on the import URL. */
export function isDryRun(req: Request): boolean {
  const v = new URL(req.url).searchParams.get("dryRun");
  return v === "1" || v === "true";
}

/** Yes/no cells: 是/否 (also Y/N, 1/0, √/×). */
export function parseYesNo(s: string): boolean | null {
  const t = s.trim().toUpperCase();
  if (["是", "Y", "YES", "1", "√", "TRUE"].includes(t)) return true;
  if (["否", "N", "NO", "0", "×", "FALSE"].includes(t)) return false;
  return null;
}

/** Looks a label up in a value → label map (exact, then ignoring spaces and brackets). */
export function fromLabel<V extends string>(labels: Record<V, string>, s: string, aliases: Partial<Record<string, V>> = {}): V | null {
  const norm = (x: string) => x.replace(/[\s()（）]/g, "");
  const wanted = norm(s);
  for (const [v, label] of Object.entries(labels) as [V, string][]) {
    if (label === s || norm(label) === wanted || v === s) return v;
  }
  return aliases[wanted] ?? aliases[s] ?? null;
}
