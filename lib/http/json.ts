// Every JSON answer of the API. Next's compression cannot see the size of a
// body it streams (it drops Content-Length) and gzips even a 30-byte answer,
// which costs ~1 ms of CPU a request for its zlib stream and saves no bytes.
// A short answer says `Cache-Control: no-transform`, which the compression
// middleware honours. nginx's gzip does not, and compresses it in front of
// COMPRESS=0 apps: in its own workers, not on the app's thread (README "Compression").
const COMPRESS_FROM_BYTES = 1024;

export function json(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  if (Buffer.byteLength(text) < COMPRESS_FROM_BYTES) {
    const cc = headers.get("Cache-Control");
    headers.set("Cache-Control", cc ? `${cc}, no-transform` : "no-transform");
  }
  return new Response(text, { ...init, headers });
}
