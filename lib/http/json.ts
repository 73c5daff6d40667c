// Every JSON answer of the API. Whether it is compressed is the server's
// choice, by its length (lib/http/compress.ts), or nginx's.
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(body), { ...init, headers });
}
