// A member of staff turns on two-factor sign-in from 账号安全 and then signs
// in with the password and a code from the (here: computed) authenticator app.
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, expect, signIn, test } from "./fixtures";
import { tempUser } from "../helpers/db";

test("a staff member enrols an authenticator app and signs in with its code", async ({ page }) => {
  const username = await tempUser();
  await signIn(page, username);
  await page.getByRole("link", { name: "账号安全" }).click();
  await expect(page.getByRole("heading", { name: "账号安全" })).toBeVisible();
  await expect(page.getByText("未启用")).toBeVisible();

  await page.getByRole("button", { name: "绑定验证器" }).click();
  await expect(page.getByRole("img", { name: "验证器绑定二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const app = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  // A wrong code is refused on the field, and the form stays.
  await page.getByLabel("验证码", { exact: true }).fill(String((Number(app.generate()) + 1) % 1_000_000).padStart(6, "0"));
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.getByText("验证码不正确")).toBeVisible();
  await page.getByLabel("验证码", { exact: true }).fill(app.generate());
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.getByText("两步验证已启用")).toBeVisible();
  await expect(page.getByRole("list", { name: "恢复码" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "我已保存恢复码" }).click();
  await expect(page.getByText(/已启用（.*剩余恢复码 10 个/)).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名 / 手机号").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  // The password was right: the form asks for the code, keeping what was typed.
  const code = page.getByLabel("两步验证码");
  await expect(code).toBeVisible();
  // The next step's code: the one used to enrol may not be used again.
  await code.fill(app.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "账号安全" })).toBeVisible();
});
