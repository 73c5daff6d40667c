// The Content-Security-Policy holds in a real browser: Next's own scripts run
// (they carry the nonce), injected script and inline event handlers do not,
// and the shared fixture notices each violation.
import { expect, test } from "./fixtures";

test("scripts run only with the page's nonce; injected script and inline handlers are refused and reported", async ({ page, cspViolations }) => {
  const res = await page.goto("/login");
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await page.waitForLoadState("networkidle");
  // Next hydrated the form: its scripts carried the nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(cspViolations).toEqual([]);

  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.__handler = true");
    img.src = "/no-such-image.png";
    document.body.append(img);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => [(window as { __injected?: boolean }).__injected, (window as { __handler?: boolean }).__handler])).toEqual([undefined, undefined]);
  expect(cspViolations.join("\n")).toContain("script-src-attr");
  expect(nonce).not.toBe("");
  cspViolations.length = 0; // provoked on purpose

});
