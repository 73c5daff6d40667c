// 网上入会 on a phone: a rider applies without signing in, follows the
// application, `shanggang.staff` accepts it into a union and hands over the
// activation code, and the rider activates and signs in.
import { expect, signIn, test } from "./fixtures";
import { one, unionBelow } from "../helpers/db";
import { newIdNumber, newPhone } from "../helpers/fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a rider applies online, 上冈镇 accepts, the rider activates and signs in", async ({ page, browser }) => {
  const idNumber = newIdNumber();
  const phone = newPhone();
  const union = await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [await unionBelow("上冈镇总工会")]);

  await page.goto("/join");
  await expect(page.getByRole("heading", { name: "网上申请加入工会" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("姓名").fill("骑手李明");
  await page.getByLabel("身份证号").fill(idNumber);
  await page.getByLabel("手机号").fill(phone);
  await page.getByLabel("工作单位或平台").fill("美团外卖骑手（上冈站）");
  await page.getByLabel("工作所在的镇（街道）").selectOption({ label: "上冈镇总工会" });
  await page.getByLabel("外卖配送员").check();
  await page.getByRole("button", { name: "提交入会申请" }).click();
  // Nothing is sent, and nothing typed is lost, without consent.
  await expect(page.getByText("请阅读并同意《个人信息使用说明》")).toBeVisible();
  await expect(page.getByLabel("身份证号")).toHaveValue(idNumber);
  await page.getByLabel("我已阅读并同意《个人信息使用说明》").check();
  await page.getByRole("button", { name: "提交入会申请" }).click();
  const numberEl = page.getByLabel("申请编号");
  await expect(numberEl).toHaveText(/^RH\d{10}$/);
  const number = (await numberEl.textContent())!;

  await page.getByRole("link", { name: "查询办理进度" }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("申请编号").fill(number);
  await page.getByLabel("身份证号后六位").fill(idNumber.slice(-6));
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("申请已提交，正在由工会审核。")).toBeVisible();

  // The town union's staff, at a desk.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "shanggang.staff");
  await staff.goto("/members/applications?status=PENDING&pageSize=100");
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { name: `入会申请 ${number}` })).toBeVisible();
  await staff.getByRole("combobox", { name: "入会的工会" }).fill(union.name.slice(0, 6));
  await staff.getByRole("listbox", { name: "工会候选" }).getByRole("option", { name: new RegExp(union.name) }).first().click();
  await staff.getByRole("button", { name: "同意入会" }).click();
  await staff.getByRole("button", { name: "同意并生成激活码" }).click();
  const code = (await staff.getByLabel("激活码").textContent())!.trim();
  expect(code).toMatch(/^\d{8}$/);
  await staffContext.close();

  await page.goto("/activate");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("手机号").fill(phone);
  await page.getByLabel("激活码").fill(code);
  await page.getByLabel("设置密码").fill("Qishou#2026rider");
  await page.getByLabel("确认密码").fill("Qishou#2026rider");
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page).toHaveURL(/\/login\?activated=1/);
  await signIn(page, phone, "Qishou#2026rider");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("region", { name: "会员卡" })).toContainText("骑手李明");
});
