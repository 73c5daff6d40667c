// Root layout: Chinese-first document, system CJK fonts only (the deployment is offline).
import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "工会工作平台", template: "%s · 工会工作平台" },
  description: "县（区）总工会组织体系与会员管理平台",
  robots: { index: false, follow: false },
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b91c1c",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-page text-ink antialiased">{children}</body>
    </html>
  );
}
