import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { xlsxResponse, type XlsxColumn } from "@/lib/xlsx/export";

type Row = { n: number; name: string; token: string };
const BATCHES = 40;
const BATCH = 250;

// Random tokens so the zip cannot shrink the file to nothing: the reader's
// buffers must fill for the writer to be held back.
const allRows: Row[][] = Array.from({ length: BATCHES }, (_, b) =>
  Array.from({ length: BATCH }, (_, i) => ({ n: b * BATCH + i, name: `会员${b * BATCH + i}`, token: crypto.randomBytes(24).toString("hex") })),
);
const columns: XlsxColumn<Row>[] = [
  { header: "序号", value: (r) => r.n },
  { header: "姓名", value: (r) => r.name },
  { header: "令牌", value: (r) => r.token },
];

/** The export's rows, counting how many batches the writer has asked for. */
function source() {
  const counter = { pulled: 0 };
  async function* rows() {
    for (const batch of allRows) {
      // As a database query does: the event loop turns between batches.
      await sleep(1);
      counter.pulled++;
      yield batch;
    }
  }
  return { counter, rows: rows() };
}

async function cells(file: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const out: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array[] = []) {
  const chunks = [...first];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(value);
  }
}

/** Waits until the writer stops asking for batches (or has asked for all of them). */
async function settled(counter: { pulled: number }) {
  let last = -1;
  while (counter.pulled !== last && counter.pulled < BATCHES) {
    last = counter.pulled;
    await sleep(150);
  }
}

describe("xlsxResponse", { timeout: 30_000 }, () => {
  it("writes every row, in order, under its headers", async () => {
    const { rows } = source();
    const res = xlsxResponse({ filename: "t.xlsx", sheet: "名单", columns, rows });
    const got = await cells(Buffer.from(await res.arrayBuffer()));
    expect(got).toEqual([["序号", "姓名", "令牌"], ...allRows.flat().map((r) => [r.n, r.name, r.token])]);
  });

  it("reads no further ahead than a slow client downloads, and then finishes the same file", async () => {
    const { counter, rows } = source();
    const reader = xlsxResponse({ filename: "t.xlsx", sheet: "名单", columns, rows }).body!.getReader();
    const first = await reader.read();
    await settled(counter);
    // Without backpressure the writer drains the whole source into memory here.
    expect(counter.pulled).toBeLessThan(BATCHES / 2);
    const file = await readAll(reader, [first.value!]);
    expect(counter.pulled).toBe(BATCHES);
    const got = await cells(file);
    expect(got).toHaveLength(BATCHES * BATCH + 1);
    expect(got.at(-1)).toEqual([allRows.at(-1)!.at(-1)!.n, allRows.at(-1)!.at(-1)!.name, allRows.at(-1)!.at(-1)!.token]);
  });

  it("stops reading the source when the client goes away", async () => {
    const { counter, rows } = source();
    const reader = xlsxResponse({ filename: "t.xlsx", sheet: "名单", columns, rows }).body!.getReader();
    await reader.read();
    await reader.cancel();
    await settled(counter);
    expect(counter.pulled).toBeLessThan(BATCHES);
  });
});
