import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // The embedded database, scripts and tests live beside the app; keep the
  // server bundle to what the app imports.
  poweredByHeader: false,
  // The app's own server compresses (lib/http/compress.ts, scripts/serve.ts):
  // Next's middleware flushed its zlib stream after every chunk of a page.
  compress: false,
  // Several developers (or agents) can run dev servers from one checkout, each
  // with its own build folder: NEXT_DIST_DIR=.next-alice npx tsx scripts/serve.ts --dev -p 3301
  // (through scripts/serve.ts, as every start: it gives pages their policy).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      // Pages get their Content-Security-Policy (with a nonce) and HSTS from lib/security/page-guard.ts.
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      // JSON and file downloads: nothing in them may run or be framed.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
