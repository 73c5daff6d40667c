// Browser tests use Debian's Chromium (Playwright's own browser download is
// unreachable here).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (fs.existsSync(p)) return p;
  return null;
}

/** Finds Chromium; installs Debian's package when running as root; otherwise explains. */
export function ensureChromium(log: (m: string) => void): string {
  const found = chromiumPath();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "浏览器测试需要 Chromium。请以 root 运行本命令（会自动安装），或执行：sudo apt-get install -y chromium fonts-noto-cjk",
    );
  }
  log("未找到 Chromium，正在用 apt-get 安装 chromium 与 fonts-noto-cjk…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const installed = chromiumPath();
  if (!installed) throw new Error("Chromium 安装失败");
  return installed;
}
