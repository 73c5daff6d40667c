import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded database, scripts and tests live beside the app; keep the
  // server bundle to what the app imports.
  poweredByHeader: false,
  // Several developers (or agents) can run dev servers from one checkout, each
  // with its own build folder: NEXT_DIST_DIR=.next-alice npx next dev -p 3301.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
