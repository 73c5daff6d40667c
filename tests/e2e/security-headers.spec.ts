// The Content-Security-Policy holds in a real browser: Next's own scripts run
// (they carry the nonce), injected script and inline event handlers do not,
// and the shared fixture notices each violation.
import { DEMO_PASSWORD, expect, signIn, test } from "./fixtures";

test("scripts run only with the page's nonce; injected script and inline handlers are refused and reported", async ({ page, cspViolations }) => {
  const res = await page.goto("/login");
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await page.waitForLoadState("networkidle");
  // Next's scripts carry the nonce (the browser hides its value from the DOM).
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  expect(cspViolations).toEqual([]);

  // What a stored XSS would look like: markup in the server's HTML, under the
  // server's own policy header.
  await page.route("**/login", async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace(
      "</body>",
      '<script>window.__injected = true</script><img src="/no-such-image.png" onerror="window.__handler = true"></body>',
    );
    await route.fulfill({ response: original, body: html });
  });
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => [(window as { __injected?: boolean }).__injected, (window as { __handler?: boolean }).__handler])).toEqual([undefined, undefined]);
  const reported = cspViolations.join("\n");
  expect(reported).toContain("script-src-elem blocked inline");
  expect(reported).toContain("script-src-attr blocked inline");
  // The form still works: Next's own scripts ran.
  await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
  cspViolations.length = 0; // provoked on purpose
});

test("a hostile callbackUrl on the sign-in page ends on the portal, not on another site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const q of ["%2F%09%2Fevil.example%2F", "%2F%5Cevil.example%2F", "https%3A%2F%2Fevil.example%2F"]) {
    await page.context().clearCookies();
    await signIn(page, "jianhu.staff", DEMO_PASSWORD, `/login?callbackUrl=${q}`);
    expect(new URL(page.url()).origin, q).toBe(origin);
    expect(new URL(page.url()).pathname, q).toBe("/");
  }
  // A same-site destination is kept.
  await page.context().clearCookies();
  await signIn(page, "jianhu.staff", DEMO_PASSWORD, "/login?callbackUrl=%2Fmembers");
  await expect(page).toHaveURL(`${origin}/members`);
});

test("a signed-out visit to a page asks to sign in, then returns to that page", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.context().clearCookies();
  const res = await page.goto("/members?q=%E7%8E%8B");
  // The portal's server redirected before Next rendered anything; the sign-in page has its own policy.
  expect(res!.request().redirectedFrom()?.url()).toBe(`${origin}/members?q=%E7%8E%8B`);
  await expect(page).toHaveURL(`${origin}/login?callbackUrl=%2Fmembers%3Fq%3D%25E7%258E%258B`);
  expect(res!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名 / 手机号").fill("jianhu.staff");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(`${origin}/members?q=%E7%8E%8B`);
  await expect(page.getByRole("heading", { level: 1, name: "会员管理" })).toBeVisible();
});
