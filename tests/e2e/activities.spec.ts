// 工作台账 as people use it: town staff record an activity and attach its
// sign-in sheet; the county leader can read and download it but not change it.
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";

test("shanggang.staff records an activity with an attachment; jianhu.leader sees it read-only", async ({ page, loginAs }) => {
  const marker = `送清凉E2E${randomBytes(3).toString("hex")}`;
  await loginAs("townStaff");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作台账" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "工作台账" })).toBeVisible();
  await page.getByRole("link", { name: "登记活动" }).click();

  // Client-side validation from the API's schema, in Chinese, before anything is sent.
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(page.getByText("请选择活动类型")).toBeVisible();

  await page.getByLabel("活动类型").selectOption({ label: "夏季送清凉" });
  await expect(page.getByLabel("开展单位")).toHaveValue("上冈镇总工会");
  await page.getByLabel("活动日期").fill("2026-07-15");
  await page.getByLabel("地点").fill("上冈镇重点工程项目工地");
  await page.getByLabel("参与人数").fill("86");
  await page.getByLabel("支出金额（元）").fill("12.345");
  await page.getByLabel("活动内容").fill(`${marker}：为一线职工送去防暑降温用品`);
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(page.getByText("支出金额应为不超过两位小数的金额（元）")).toBeVisible();
  await page.getByLabel("支出金额（元）").fill("4280.50");
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(page).toHaveURL(/\/activities\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "夏季送清凉 · 2026-07-15" })).toBeVisible();
  await expect(page.getByText("¥4,280.50")).toBeVisible();

  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1024), Buffer.from("\n%%EOF\n")]);
  await page.getByLabel("上传附件").setInputFiles({ name: "签到表.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已上传：签到表.pdf" })).toBeVisible();
  await expect(page.getByRole("list", { name: "附件列表" }).getByRole("link", { name: "签到表.pdf" })).toBeVisible();

  // The county leader: reads the record and its attachment, but has no way to change them.
  const leader = await loginAs("leader", { newContext: true });
  await leader.goto(`/activities?q=${encodeURIComponent(marker)}`);
  await expect(leader.getByText("第 1 / 1 页，共 1 条")).toBeVisible();
  await leader.getByRole("link", { name: "夏季送清凉" }).click();
  await expect(leader).toHaveURL(url);
  await expect(leader.getByText(`${marker}：为一线职工送去防暑降温用品`)).toBeVisible();
  const link = leader.getByRole("link", { name: "签到表.pdf" });
  await expect(link).toBeVisible();
  const download = await leader.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  await expect(leader.getByRole("button", { name: "删除" })).toHaveCount(0);
  await expect(leader.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await expect(leader.getByLabel("上传附件")).toHaveCount(0);
  await leader.goto(`${new URL(url).pathname}/edit`);
  await expect(leader.getByText("您的账号为只读，不能修改活动。")).toBeVisible();
  // The API refuses the leader's write as well.
  const id = new URL(url).pathname.split("/").pop();
  expect((await leader.request.patch(`/api/v1/activities/${id}`, { data: { participants: 1 } })).status()).toBe(403);
  await leader.context().close();
});
