// Root layout: Chinese-first document, system CJK fonts only (the deployment is offline).
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "工会工作平台", template: "%s · 工会工作平台" },
  // No description: nothing here is indexed, and every page would carry it twice (HTML and payload).
  robots: { index: false, follow: false },
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b91c1c",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so that Next can put this request's
  // CSP nonce (lib/security/page-guard.ts) on its scripts; a prerendered page would carry none.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="bg-page text-ink antialiased">{children}</body>
    </html>
  );
}
