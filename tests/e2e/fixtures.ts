import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  // Fill only once React owns the form (a dev server can be slow to hydrate).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名 / 手机号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

export const test = base;
export { expect };
