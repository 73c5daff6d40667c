// lib/http/compress.ts over real sockets: a plain Node server whose handler
// writes the way Next does (headers set, flushHeaders, chunks, end), and a
// client that reads the bytes as they arrive.
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, compressResponse, COMPRESS_FROM_BYTES, GZIP_LEVEL, HOLD_BYTES, HOLD_MS } from "@/lib/http/compress";

const text = (n: number, seed = "行") => Array.from({ length: n }, (_, i) => `${seed}${i % 10}`).join("").slice(0, n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;
const routes: Record<string, Handler> = {
  // A page as Next sends it: headers, flushHeaders, several chunks, end.
  "/page": (_req, res) => {
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Vary", "rsc");
    res.flushHeaders();
    for (let i = 0; i < 9; i++) res.write(text(4000, String(i)));
    res.end();
  },
  "/short": (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"ok":true}');
  },
  "/redirect": (_req, res) => {
    res.statusCode = 307;
    res.setHeader("Location", "/login");
    res.setHeader("Content-Type", "text/html");
    res.end();
  },
  // A page that streams its loading state, then its data a while later.
  "/slow": async (_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.flushHeaders();
    res.write(`<p>加载中</p>${text(3000)}`);
    await sleep(HOLD_MS * 6);
    res.end("<p>数据</p>");
  },
  "/big": (_req, res) => {
    res.setHeader("Content-Type", "application/json");
    const part = text(64 * 1024);
    for (let i = 0; i < Math.ceil((HOLD_BYTES * 2) / part.length); i++) res.write(part);
    res.end();
  },
  "/download": (_req, res) => {
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", 'attachment; filename="a.csv"');
    res.end(text(5000));
  },
  "/xlsx": (_req, res) => {
    res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.end(Buffer.alloc(5000, 7));
  },
  "/no-transform": (_req, res) => {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-store, no-transform");
    res.end(text(5000));
  },
  "/not-modified": (_req, res) => {
    res.writeHead(304, { "Content-Type": "text/html" }).end();
  },
  // Next's pipe ends a response that is not yet finished: a second end() is Node's to ignore.
  "/twice": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.setHeader("ETag", '"abc"');
    res.end(text(3000));
    res.end();
  },
  "/part": (_req, res) => {
    res.writeHead(206, { "Content-Type": "application/javascript", "Content-Range": "bytes 0-4999/100000", "Content-Length": "5000" });
    res.end(Buffer.alloc(5000, 97));
  },
  "/big-end": (_req, res) => {
    res.setHeader("Content-Type", "application/json");
    res.end(text(HOLD_BYTES + 1000));
  },
  "/cookies": (_req, res) => {
    res.writeHead(200, ["Content-Type", "text/plain", "Set-Cookie", "a=1", "Set-Cookie", "b=2"]);
    res.end(text(3000));
  },
};

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressResponse(req, res);
    void routes[req.url ?? ""](req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; arrivals: { at: number; bytes: number }[] };
function get(path: string, opts: { gzip?: boolean; method?: string } = {}): Promise<Got> {
  const t0 = performance.now();
  return new Promise((ok, bad) => {
    const req = http.request(base + path, { method: opts.method ?? "GET", headers: opts.gzip === false ? {} : { "accept-encoding": "gzip, deflate, br" } }, (res) => {
      const chunks: Buffer[] = [];
      const arrivals: Got["arrivals"] = [];
      res.on("data", (c: Buffer) => {
        chunks.push(c);
        arrivals.push({ at: performance.now() - t0, bytes: c.length });
      });
      res.on("end", () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), arrivals }));
    });
    req.on("error", bad);
    req.end();
  });
}
const gunzip = (b: Buffer) => zlib.gunzipSync(b).toString();

describe("the app's gzip (lib/http/compress.ts)", () => {
  it("sends a quick page as one gzipped body with its length", async () => {
    const r = await get("/page");
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(r.headers["content-length"])).toBe(r.body.length);
    expect(r.headers.vary).toBe("rsc, Accept-Encoding");
    const page = Array.from({ length: 9 }, (_, i) => text(4000, String(i))).join("");
    expect(gunzip(r.body)).toBe(page);
    // At the chosen level (zlib's output is deterministic), not zlib's default.
    expect(r.body.equals(zlib.gzipSync(page, { level: GZIP_LEVEL }))).toBe(true);
    expect(r.body.equals(zlib.gzipSync(page))).toBe(false);
  });

  it("sends a page as it is to a client that does not take gzip, and says it varies", async () => {
    const r = await get("/page", { gzip: false });
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.headers.vary).toBe("rsc, Accept-Encoding");
    expect(r.body.toString()).toHaveLength(9 * 4000);
  });

  it("leaves an answer under 1 KB, a redirect and a 304 uncompressed", async () => {
    const short = await get("/short");
    expect(short.headers["content-encoding"]).toBeUndefined();
    expect(short.headers["content-length"]).toBe(String('{"ok":true}'.length));
    expect(short.body.toString()).toBe('{"ok":true}');
    expect(COMPRESS_FROM_BYTES).toBeGreaterThan('{"ok":true}'.length);
    const redirect = await get("/redirect");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.location).toBe("/login");
    expect(redirect.headers["content-encoding"]).toBeUndefined();
    expect(redirect.headers["content-length"]).toBe("0");
    const notModified = await get("/not-modified");
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    expect(notModified.headers.vary).toBe("Accept-Encoding");
  });

  it("streams a slow page: its loading state arrives long before its end", async () => {
    const r = await get("/slow");
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["content-length"]).toBeUndefined();
    const body = gunzip(r.body);
    expect(body.startsWith("<p>加载中</p>")).toBe(true);
    expect(body.endsWith("<p>数据</p>")).toBe(true);
    // What came before the handler's wait was over is a decodable part of the stream: the loading state.
    const early = r.arrivals.filter((a) => a.at < HOLD_MS * 5);
    expect(early.length).toBeGreaterThan(0);
    expect(r.arrivals.at(-1)!.at).toBeGreaterThan(HOLD_MS * 6);
    const earlyBytes = r.body.subarray(0, early.reduce((n, a) => n + a.bytes, 0));
    const first = zlib.gunzipSync(earlyBytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
    expect(first.startsWith("<p>加载中</p>")).toBe(true);
    expect(first).not.toContain("数据");
  });

  it("streams a body past what it holds", async () => {
    const r = await get("/big");
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["content-length"]).toBeUndefined();
    const part = text(64 * 1024);
    expect(gunzip(r.body)).toBe(part.repeat(Math.ceil((HOLD_BYTES * 2) / part.length)));
  });

  it("leaves downloads, binary types, no-transform and HEAD alone", async () => {
    for (const path of ["/download", "/xlsx", "/no-transform"]) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers["content-encoding"], path).toBeUndefined();
      expect(r.body.length, path).toBe(path === "/xlsx" ? 5000 : Buffer.byteLength(text(5000)));
    }
    const head = await get("/page", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBeUndefined();
  });

  it("gives a second end() to Node, and marks a gzipped body's ETag weak", async () => {
    const r = await get("/twice");
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers.etag).toBe('W/"abc"');
    expect(gunzip(r.body)).toBe(text(3000));
    // The server is still answering.
    expect((await get("/short")).status).toBe(200);
  });

  it("leaves a part of a file (206) as it is, and streams one large body given to end()", async () => {
    const part = await get("/part");
    expect(part.status).toBe(206);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.headers["content-range"]).toBe("bytes 0-4999/100000");
    expect(part.body.length).toBe(5000);
    const big = await get("/big-end");
    expect(big.headers["content-encoding"]).toBe("gzip");
    expect(big.headers["content-length"]).toBeUndefined();
    expect(gunzip(big.body)).toBe(text(HOLD_BYTES + 1000));
  });

  it("keeps every header of a raw header array (two Set-Cookie)", async () => {
    const r = await get("/cookies");
    expect(r.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(r.headers["content-encoding"]).toBe("gzip");
  });

  it("reads Accept-Encoding as a list with weights", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
