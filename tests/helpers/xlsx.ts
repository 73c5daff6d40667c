// .xlsx files for the import/export tests: build a workbook, upload it as
// multipart/form-data, download an export as bytes, read a sheet back; raw
// request bodies on a connection of their own.
import http from "node:http";
import ExcelJS from "exceljs";
import { BASE_URL, type Client } from "./http";

export type Cell = string | number | Date | null;

/** A workbook whose first sheet has the given header row and data rows. */
export async function buildXlsx(headers: string[], rows: Cell[][], sheet = "导入数据"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet as rows of cell texts (row 1 = headers). */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(v == null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    }
    out.push(cells);
  });
  return out;
}

// The shared Client keeps its cookie jar private and reads bodies as text;
// file uploads and downloads need the raw bytes, so they reuse its cookies.
export function cookieHeader(client: Client): string {
  const jar = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** POSTs a file as multipart/form-data (field `file`), as a browser form would. */
export async function upload(client: Client, path: string, file: Buffer | Uint8Array, filename = "导入.xlsx") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(file)]), filename);
  const res = await fetch(BASE_URL + path, { method: "POST", headers: { cookie: cookieHeader(client) }, body: form });
  const text = await res.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, data: data as any };
}

/** GETs a file; the body as bytes. */
export async function download(client: Client, path: string) {
  const res = await fetch(BASE_URL + path, { headers: { cookie: cookieHeader(client) } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", disposition: res.headers.get("content-disposition") ?? "", body: Buffer.from(await res.arrayBuffer()) };
}

/**
 * Sends a JSON body on a connection of its own, as a stream without a
 * Content-Length when `chunked`. The connection is kept alive while the body
 * is sent: a server that answers before reading the body then reads the rest
 * and throws it away (Node does), whereas on a `Connection: close` request it
 * closes at once, and the kernel's reset to the body still arriving can
 * discard the answer before the client reads it. The connection is closed
 * once the answer is in; it is never one the shared clients' pool reuses.
 */
export function sendOnce(client: Client, method: string, path: string, body: Buffer, chunked = false): Promise<{ status: number; text: string }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      client.baseUrl + path,
      {
        method,
        agent,
        headers: {
          "content-type": "application/json",
          cookie: cookieHeader(client),
          ...(chunked ? {} : { "content-length": String(body.length) }),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("close", () => setTimeout(() => reject(new Error("连接关闭，未收到应答")), 1000));
    // The server may close while the body is still on its way: its answer is what counts.
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
    let at = 0;
    const write = () => {
      while (at < body.length) {
        const piece = body.subarray(at, at + 64 * 1024);
        at += piece.length;
        if (!req.write(piece)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  }).finally(() => agent.destroy());
}
