// Streaming .xlsx export. Rows arrive in batches from the database (keyset
// pages) and are written through exceljs's streaming WorkbookWriter straight
// into the HTTP response, as fast as the client reads it, so a 100,000-row
// export never sits in memory whole.
import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { contentDisposition } from "../http/download";
import { assertCanWrite, assertStaffLike, type Actor } from "../auth/actor";
import { audit, type AuditEntry } from "../audit/log";
import { todayCST } from "../dates";

export type XlsxColumn<T> = {
  header: string;
  width?: number;
  value: (row: T) => string | number | Date | null | undefined;
  /** Excel number format, e.g. "#,##0.00" for yuan or "yyyy-mm-dd". */
  numFmt?: string;
};

// A text starting with one of these is a formula once the sheet is saved as
// CSV or its cells are pasted elsewhere ("=HYPERLINK(...)" in a member's name).
// Plain numbers ("-12.50") are left alone: no spreadsheet runs them.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell value that no spreadsheet will evaluate: risky text gets a leading apostrophe. */
export function inertCell<V>(value: V): V | string {
  return typeof value === "string" && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** What inertCell added, removed again on import so that an export round-trips. */
export const withoutInertPrefix = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

/** Pages through a keyset-paginated query until it runs dry. */
export async function* batches<T, C>(
  fetchPage: (cursor: C | null) => Promise<{ rows: T[]; next: C | null }>,
): AsyncGenerator<T[]> {
  let cursor: C | null = null;
  do {
    const { rows, next } = await fetchPage(cursor);
    if (rows.length) yield rows;
    cursor = next;
  } while (cursor !== null);
}

const drainedOrClosed = (s: PassThrough) =>
  new Promise<void>((resolve) => {
    const done = () => {
      s.off("drain", done).off("close", done);
      resolve();
    };
    s.once("drain", done).once("close", done);
  });

export function xlsxResponse<T>(opts: {
  filename: string;
  sheet: string;
  columns: XlsxColumn<T>[];
  rows: AsyncIterable<T[]>;
}): Response {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(opts.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = opts.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 16, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };

  (async () => {
    try {
      for await (const batch of opts.rows) {
        for (const row of batch) ws.addRow(opts.columns.map((c) => inertCell(c.value(row) ?? null))).commit();
        // exceljs writes on without regard to its reader: a download slower than the
        // database (a phone, a slow link) would pile the whole file up here. Read the
        // next batch only when the reader has caught up; stop if it went away.
        if (out.writableNeedDrain) await drainedOrClosed(out);
        if (out.destroyed) return;
      }
      ws.commit();
      await wb.commit();
    } catch (e) {
      console.error("[xlsx] export failed:", e instanceof Error ? e.message : e);
      out.destroy(e instanceof Error ? e : new Error("export failed"));
    }
  })();

  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(opts.filename),
      "Cache-Control": "no-store",
    },
  });
}

/**
 * The one way a module answers an export: `rows` is the module's export query,
 * which checks scope as it settles — a 404 there leaves no audit entry and sends
 * nothing. Only then is the export audited and the file streamed. Role checks
 * (staff-like, may reveal ID numbers) belong before the call.
 */
export async function auditedXlsx<T>(
  actor: Actor,
  opts: { rows: Promise<AsyncIterable<T[]>>; audit: AuditEntry; filename: string; sheet: string; columns: XlsxColumn<T>[] },
): Promise<Response> {
  const rows = await opts.rows;
  await audit(actor, opts.audit);
  return xlsxResponse({ filename: opts.filename, sheet: opts.sheet, columns: opts.columns, rows });
}

/**
 * An export generator with its first page already read: a generator checks
 * scope only when first pulled, and that must happen before the audit entry.
 */
export async function primed<T>(rows: AsyncGenerator<T[]>): Promise<AsyncIterable<T[]>> {
  const first = await rows.next();
  return (async function* () {
    if (!first.done) yield first.value;
    yield* rows;
  })();
}

/** The audit entry of a filtered list export: which filters, never their values. */
export function listExportAudit(actor: Actor, action: string, entityType: string, q: { orgId?: number | null }): AuditEntry {
  return { action, entityType, orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } };
}

/**
 * The export of a filtered list, as one declaration: staff-like roles only
 * (unless `everyone`, for lists every role may read in its own scope), audited
 * with the names of its filters, saved as `<title>-<today>.xlsx`.
 */
export function listExport<Q extends { orgId?: number | null }, T>(spec: {
  title: string;
  sheet?: string;
  action: string;
  entityType: string;
  columns: XlsxColumn<T>[];
  query: (actor: Actor, q: Q) => Promise<AsyncIterable<T[]>>;
  everyone?: boolean;
}): (actor: Actor, q: Q) => Promise<Response> {
  return async (actor, q) => {
    if (!spec.everyone) assertStaffLike(actor);
    return auditedXlsx(actor, {
      rows: spec.query(actor, q),
      audit: listExportAudit(actor, spec.action, spec.entityType, q),
      filename: `${spec.title}-${todayCST()}.xlsx`,
      sheet: spec.sheet ?? spec.title,
      columns: spec.columns,
    });
  };
}

/**
 * The export of one record's roster (a training's trainees, a competition's
 * entrants), with the import template's columns so it can be imported again.
 * ID numbers are masked unless `format=import`: full ID numbers only for those
 * who may reveal them (staff, admins; leaders get 403), audited as
 * `<action>_id_numbers` with the row count, like revealing an ID number.
 */
export function rosterExport<P extends { orgId: number }, Q, T>(spec: {
  /** The file's first word, e.g. 培训学员. */
  title: string;
  action: string;
  entityType: string;
  /** The parent record in the caller's scope (404 outside it), and its name for the file. */
  find: (actor: Actor, id: string) => Promise<P>;
  name: (parent: P) => string;
  count: (actor: Actor, id: string, q: Q) => Promise<number>;
  rows: (actor: Actor, id: string, q: Q, withIds: boolean) => Promise<AsyncIterable<T[]>>;
  columns: XlsxColumn<T>[];
}): (actor: Actor, id: string, q: Q & { format: "list" | "import" }) => Promise<Response> {
  return async (actor, id, q) => {
    assertStaffLike(actor);
    const withIds = q.format === "import";
    if (withIds) assertCanWrite(actor);
    const parent = await spec.find(actor, id);
    const count = withIds ? await spec.count(actor, id, q) : undefined;
    return auditedXlsx(actor, {
      rows: spec.rows(actor, id, q, withIds),
      audit: {
        action: withIds ? `${spec.action}_id_numbers` : spec.action,
        entityType: spec.entityType,
        entityId: id,
        orgId: parent.orgId,
        details: withIds ? { format: "import", rows: count } : { format: "list" },
      },
      filename: `${spec.title}-${spec.name(parent)}-${withIds ? "导入格式" : "名单"}-${todayCST()}.xlsx`,
      sheet: "导入数据",
      columns: spec.columns,
    });
  };
}
