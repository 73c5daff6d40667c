import { chromium } from "@playwright/test";
import { chromiumPath } from "./lib/chromium.ts";
const base = "http://localhost:3305";
const shots: [string, string, string, number, number][] = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ["--no-sandbox"] });
for (const [user, path, name, width, height] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, locale: "zh-CN", deviceScaleFactor: 1 });
  await page.goto(base + "/login");
  await page.getByLabel("用户名 / 手机号").fill(user);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 60000 });
  await page.goto(base + path, { timeout: 120000 });
  await page.waitForTimeout(2000);
  if (name.includes("print")) await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `/tmp/h5-shots/${name}.png`, fullPage: true });
  const total = await page.evaluate(() => document.body.scrollHeight);
  for (let i = 0, y = 0; y < total && i < 6; i++, y += height) {
    await page.screenshot({ path: `/tmp/h5-shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
  }
  if (name.includes("print")) await page.pdf({ path: `/tmp/h5-shots/${name}.pdf`, format: "A4", printBackground: false });
  await page.close();
}
await browser.close();
