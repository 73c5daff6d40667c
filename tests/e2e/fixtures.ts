import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { ROLE_ACCOUNTS, type Role } from "../helpers/accounts";

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the sign-in page, as a person would (`loginUrl` may carry a callbackUrl). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, loginUrl = "/login") {
  await page.goto(loginUrl);
  // Fill only once React owns the form (a dev server can be slow to hydrate).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名 / 手机号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

const CSP_MESSAGE = /Refused to|Content Security Policy|\[csp-violation\]/;

/** Collects every Content-Security-Policy violation any page of the context reports. */
async function watchCsp(ctx: BrowserContext, violations: string[]) {
  // The event carries the directive and what was blocked; Chromium also logs
  // "Refused to …" to the console. Both are collected.
  await ctx.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  ctx.on("console", (msg) => {
    if (msg.type() === "error" && CSP_MESSAGE.test(msg.text())) violations.push(`${msg.location().url}: ${msg.text()}`);
  });
}

/**
 * Every browser spec fails on any CSP violation, in the default page and in
 * any context a spec opens itself (browser.newContext). A spec that provokes
 * violations on purpose reads and clears `cspViolations`.
 */
type LoginAs = {
  /** Signs the test's page in as the role's demo account (tests/helpers/accounts.ts). */
  (role: Role): Promise<Page>;
  /** The same in a browser context of its own, for a second person in one test. */
  (role: Role, opts: { newContext: true }): Promise<Page>;
};

export const test = base.extend<{ cspViolations: string[]; loginAs: LoginAs }>({
  cspViolations: [
    async ({ browser, context }, provide) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const ctx = await newContext(...args);
        await watchCsp(ctx, violations);
        return ctx;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  loginAs: async ({ page, browser }, provide) => {
    await provide(async (role: Role, opts?: { newContext: true }) => {
      const target = opts?.newContext ? await (await browser.newContext()).newPage() : page;
      await signIn(target, ROLE_ACCOUNTS[role]);
      return target;
    });
  },
});

/** The list kit's chips after a dashboard drill-down: each named filter shown, and ← 返回数据看板 leading to `back`. */
export async function expectDrillChips(page: Page, chips: [string | RegExp, ...(string | RegExp)[]], back: string | RegExp) {
  const group = page.getByRole("group", { name: "当前筛选" });
  for (const chip of chips) await expect(group.getByText(chip)).toBeVisible();
  await expect(group.getByRole("link", { name: "← 返回数据看板" })).toHaveAttribute("href", back);
  return group;
}

export { expect };
