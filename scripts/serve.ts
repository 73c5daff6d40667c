// The portal's HTTP server: Next.js's request handler behind a plain Node
// server that records the TCP peer. `next start` keeps whatever
// X-Forwarded-For a client sends and drops the socket address when one is
// present, so a client could name any address it liked in the audit log and
// the sign-in throttle. Here the peer is always appended as the header's last
// hop; lib/security/client-address.ts then believes the hops to its left only
// as far as TRUSTED_PROXIES vouch for them. Pages get their
// Content-Security-Policy here too (lib/security/page-guard.ts), so `next
// start` alone would serve them without one: always start the portal this way.
//   tsx scripts/serve.ts [--dev] -p <port>
import http from "node:http";
import next from "next";
import { ROOT } from "./lib/env";
import { guardPage } from "../lib/security/page-guard";
import { servedOverHttps } from "../lib/security/headers";
import { compressResponse } from "../lib/http/compress";

// Started by `npm start`, the app writes its log into its parent's pipes. Once
// the parent was gone those writes failed (EPIPE), and each failure, logged,
// failed again: a loop at 100% CPU in which the process never handled its
// SIGTERM and stayed up without its database. With no one to read its log, it stops.
for (const out of [process.stdout, process.stderr]) {
  out.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(1);
  });
}

const dev = process.argv.includes("--dev");
const portArg = process.argv.indexOf("-p");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));
// COMPRESS=0 behind a proxy that compresses (deploy/nginx.conf): nginx's gzip runs
// in its own workers, this on the app's one thread (README "Compression").
const compress = process.env.COMPRESS !== "0";

async function main() {
  const app = next({ dev, dir: ROOT, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    const peer = req.socket.remoteAddress ?? "";
    const prior = req.headers["x-forwarded-for"];
    const chain = Array.isArray(prior) ? prior.join(", ") : prior;
    req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
    // Only the guard names a policy: Next would take a nonce from one a client sent.
    delete req.headers["content-security-policy"];
    delete req.headers["content-security-policy-report-only"];
    const guard = guardPage({ url: req.url ?? "/", cookie: req.headers.cookie }, { dev, https: servedOverHttps() });
    if (guard.kind === "bad") {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad Request");
      return;
    }
    if (guard.kind === "redirect") {
      res.writeHead(307, { ...guard.headers, Location: guard.location, "Cache-Control": "no-store" }).end();
      return;
    }
    if (guard.kind === "page") {
      // Next takes the nonce for its scripts from the request's policy header.
      req.headers["content-security-policy"] = guard.csp;
      for (const [k, v] of Object.entries(guard.headers)) res.setHeader(k, v);
    }
    if (compress) compressResponse(req, res);
    void handle(req, res);
  });
  server.listen(port, () => console.log(`[serve] listening on :${port}${dev ? " (dev)" : ""}`));
  const stop = () => {
    server.close(() => process.exit(0));
    // A keep-alive connection a client holds open would keep the process past its signal.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => {
  console.error("[serve]", e);
  process.exit(1);
});
