// Request bodies are read against a byte limit as they stream in, whether or
// not the client sent a Content-Length (chunked uploads send none), so an
// oversized body is refused without ever being held in memory whole.
import { AppError } from "../errors";

/** Reads at most `limit` bytes of a request body, refusing anything longer without buffering it. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, tooBig: () => AppError): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Refuses a declared Content-Length over the limit before reading a byte. */
export function assertDeclaredSize(req: Request, limit: number, tooBig: () => AppError) {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooBig();
}
