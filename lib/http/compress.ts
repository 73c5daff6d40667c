// The app's gzip, in its own HTTP server (scripts/serve.ts), in place of Next's.
//
// Next compresses through the `compression` middleware and flushes it after
// every chunk it writes (pipe-readable.js), so each of a page's ~9 chunks went
// through the zlib thread pool twice, a compress and a flush, before reaching
// the socket, and the flush points cost bytes. Side by side at 20 M a county's
// /trainings took 13.5-13.9 ms alone that way against 13.2-13.4 this way (12.9
// uncompressed), and weighed 10.1-10.6 KB against 8.4 (README "Compression");
// the deflate itself is 0.3 ms of a 36 KB page.
//
// Here a response that may be compressed is held until it ends and gzipped in
// one synchronous call, sent with its Content-Length; one under 1 KB goes out
// as it is (gzip saves nothing there). A response still running after HOLD_MS
// (a page streaming its loading state while its data is read) or past
// HOLD_BYTES is streamed from then on as Next did, flushed after each chunk,
// so the loading state reaches the browser at most HOLD_MS late.
//
// Not compressed: HEAD, 204/304, a part (206), a body already encoded,
// `no-transform`, a download (Content-Disposition: attachment; .xlsx is a zip
// already, and a file streams in flat memory as it is), and any type but text.
import zlib from "node:zlib";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export const COMPRESS_FROM_BYTES = 1024;
/** How long a response is held before it streams: a loading state is shown at most this late. */
export const HOLD_MS = 50;
/** How much of a response is held before it streams (a long JSON document). */
export const HOLD_BYTES = 512 * 1024;
/**
 * zlib's level 3, not its default 6: a 36 KB page deflates in 0.10 ms instead
 * of 0.27 (more under load, where the page's other work has the caches) and
 * weighs 9.2 KB instead of 8.5, and the deflate runs on the app's one thread.
 */
export const GZIP_LEVEL = 3;

const TEXT = /^\s*(?:text\/|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)/i;

/** Whether a request's Accept-Encoding allows gzip (not given `q=0`). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

const header = (res: ServerResponse, name: string) => {
  const v = res.getHeader(name);
  return Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v);
};

/** Whether the response, its status and headers now set, is text that may be compressed. */
function compressible(res: ServerResponse): boolean {
  if (res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 304) return false;
  // A part of a file (a static asset's Range request) is bytes of the file as it is.
  if (res.statusCode === 206 || header(res, "content-range")) return false;
  const encoding = header(res, "content-encoding");
  if (encoding && encoding.toLowerCase() !== "identity") return false;
  if (/\bno-transform\b/i.test(header(res, "cache-control"))) return false;
  if (/^\s*attachment/i.test(header(res, "content-disposition"))) return false;
  const length = header(res, "content-length");
  if (length && Number(length) < COMPRESS_FROM_BYTES) return false;
  return TEXT.test(header(res, "content-type"));
}

/**
 * The headers of a gzipped body: no length of the original, no byte ranges of
 * it, and its ETag weak (RFC 9110 8.8.1: another representation).
 */
function asGzipped(res: ServerResponse) {
  res.removeHeader("Content-Length");
  res.removeHeader("Accept-Ranges");
  res.setHeader("Content-Encoding", "gzip");
  const etag = header(res, "etag");
  if (etag && !etag.startsWith("W/")) res.setHeader("ETag", `W/${etag}`);
}

function addVary(res: ServerResponse) {
  const vary = header(res, "vary");
  if (vary === "*" || /\baccept-encoding\b/i.test(vary)) return;
  res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

type Callback = (error?: Error | null) => void;
const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);

/** `write(chunk, [encoding], [cb])` and `end([chunk], [encoding], [cb])`, normalised. */
function args(a: unknown[]): { chunk?: unknown; encoding?: BufferEncoding; cb?: Callback } {
  const cb = typeof a[a.length - 1] === "function" ? (a.pop() as Callback) : undefined;
  const [chunk, encoding] = a as [unknown, BufferEncoding | undefined];
  return { chunk: typeof chunk === "function" ? undefined : chunk, encoding, cb };
}

/**
 * Compresses `res` for `req` as described above. Call before the request's
 * handler writes anything; it takes over `write`, `end`, `writeHead` and
 * `flushHeaders` until the response's headers are known, and gives back the
 * originals when the response is not to be compressed.
 */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  const gzip = req.method !== "HEAD" && acceptsGzip(req.headers["accept-encoding"]);
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  // Node's own argument shuffling takes (chunk, encoding, cb) with any of them undefined.
  type Loose = (this: ServerResponse, chunk?: unknown, encoding?: BufferEncoding, cb?: Callback) => unknown;
  const send = { write: original.write as Loose, end: original.end as Loose };
  const write = (chunk: Buffer) => send.write.call(res, chunk);
  const end = (chunk?: Buffer, cb?: Callback) => send.end.call(res, chunk, undefined, cb);
  let mode: "undecided" | "pass" | "hold" | "stream" = "undecided";
  let held: Buffer[] = [];
  let heldBytes = 0;
  let timer: NodeJS.Timeout | undefined;
  let stream: zlib.Gzip | undefined;

  const giveBack = () => Object.assign(res, original);
  /** Node sends the headers through writeHead (implicitly at the first write): from here on, the original. */
  const headersAsIs = () => Object.assign(res, { writeHead: original.writeHead, flushHeaders: original.flushHeaders });

  function decide() {
    if (mode !== "undecided") return;
    // A 304 names the variants its 200 would (RFC 9110 15.4.5).
    if (res.statusCode === 304 && TEXT.test(header(res, "content-type"))) addVary(res);
    if (!compressible(res)) {
      mode = "pass";
      giveBack();
      return;
    }
    addVary(res);
    if (!gzip) {
      mode = "pass";
      giveBack();
      return;
    }
    mode = "hold";
    timer = setTimeout(startStreaming, HOLD_MS);
    // A client gone (Next then destroys the response without ending it): nothing more is
    // sent, and a zlib stream left open would outlive the request.
    res.once("close", () => {
      clearTimeout(timer);
      held = [];
      if (stream && !res.writableFinished) stream.destroy();
    });
  }

  function startStreaming() {
    if (mode !== "hold") return;
    clearTimeout(timer);
    mode = "stream";
    headersAsIs();
    asGzipped(res);
    const gz = (stream = zlib.createGzip({ level: GZIP_LEVEL }));
    // Backpressure both ways: the socket's pauses the compressed output, the stream's
    // is the writer's (Next waits for 'drain' when write returns false).
    gz.on("data", (c: Buffer) => {
      if (!write(c)) gz.pause();
    });
    res.on("drain", () => gz.resume());
    gz.on("drain", () => res.emit("drain"));
    gz.on("end", () => end());
    gz.on("error", (e) => res.destroy(e));
    for (const c of held) gz.write(c);
    held = [];
    gz.flush(zlib.constants.Z_SYNC_FLUSH);
  }

  function finishHeld(cb?: Callback) {
    clearTimeout(timer);
    const body = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    held = [];
    // Ended: a second end() (Next's pipe ends what is not yet finished) or a write after it
    // meets Node's own response, as it would without this module.
    mode = "pass";
    giveBack();
    res.removeHeader("Content-Length");
    if (body.length < COMPRESS_FROM_BYTES) {
      res.setHeader("Content-Length", body.length);
      end(body.length ? body : undefined, cb);
      return;
    }
    const gz = zlib.gzipSync(body, { level: GZIP_LEVEL });
    asGzipped(res);
    res.setHeader("Content-Length", gz.length);
    end(gz, cb);
  }

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    // The status and headers go onto the response first, so that the decision sees them.
    res.statusCode = status;
    if (typeof rest[0] === "string") res.statusMessage = rest.shift() as string;
    const headers = rest[0] as OutgoingHttpHeaders | string[] | undefined;
    // A raw array may name a header twice (two Set-Cookie): each is added, not replaced.
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.appendHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    decide();
    // Held: the headers go out with the body (and its length).
    return mode === "pass" ? original.writeHead.call(res, res.statusCode) : res;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function flushHeaders() {
    decide();
    if (mode === "pass") original.flushHeaders.call(res);
  };

  res.write = function (...a: unknown[]): boolean {
    decide();
    const { chunk, encoding, cb } = args(a);
    if (mode === "pass") return send.write.call(res, chunk, encoding, cb) as boolean;
    const buf = toBuffer(chunk, encoding);
    if (mode === "hold") {
      held.push(buf);
      heldBytes += buf.length;
      if (heldBytes > HOLD_BYTES) startStreaming();
      if (cb) process.nextTick(cb);
      return true;
    }
    const ok = stream!.write(buf, cb);
    stream!.flush(zlib.constants.Z_SYNC_FLUSH);
    return ok;
  } as ServerResponse["write"];

  res.end = function (...a: unknown[]) {
    decide();
    const { chunk, encoding, cb } = args(a);
    if (mode === "pass") {
      send.end.call(res, chunk, encoding, cb);
      return res;
    }
    if (chunk !== undefined && chunk !== null) {
      const buf = toBuffer(chunk, encoding);
      if (mode === "hold") {
        held.push(buf);
        heldBytes += buf.length;
      } else if (!stream!.writableEnded) stream!.write(buf);
    }
    // One large body given to end() at once is streamed like one written in parts.
    if (mode === "hold" && heldBytes > HOLD_BYTES) startStreaming();
    if (mode === "hold") {
      finishHeld(cb);
      return res;
    }
    if (stream!.writableEnded) return res;
    if (cb) res.once("finish", cb);
    stream!.end();
    return res;
  } as ServerResponse["end"];
}
