// 产改 as people use it: the 人社局 contact (a partner-unit account) reports
// progress with an attachment on a late task its unit leads; the county
// leader sees the report on the plan and the task leave the late list.
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";

const TASK = "落实产业人才生活补贴和个税奖补";
const PLAN = "2026年建湖县产业工人队伍建设改革工作要点";

test("jianhu.rsj reports progress with an attachment; jianhu.leader sees it and the late list update", async ({ page, loginAs }) => {
  const marker = `补贴兑现E2E${randomBytes(3).toString("hex")}`;

  // The leader first: the task is late (nothing reported, milestones passed).
  const leader = await loginAs("leader", { newContext: true });
  await leader.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "产改任务" }).click();
  await leader.getByRole("link", { name: PLAN }).click();
  const late = leader.getByRole("region", { name: /滞后任务/ });
  await expect(late.getByRole("link", { name: TASK })).toBeVisible();

  // The partner account lands on its own tasks only, and cannot open the staff portal.
  await loginAs("partner");
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByRole("heading", { level: 1, name: "我单位的产改任务" })).toBeVisible();
  await page.goto("/members");
  await expect(page).toHaveURL(/\/partner$/);

  await page.getByRole("link", { name: TASK }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(TASK) })).toBeVisible();
  await expect(page.getByText("已滞后").first()).toBeVisible();
  await page.getByLabel("完成进度（%）").fill("101");
  await page.getByLabel("工作进展").fill(`${marker}：全年人才生活补贴和个税奖补已全部兑现`);
  await page.getByRole("button", { name: "提交进展" }).click();
  await expect(page.getByText("完成进度不能大于100")).toBeVisible();
  await page.getByLabel("完成进度（%）").fill("100");
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1024), Buffer.from("\n%%EOF\n")]);
  await page.getByLabel("附件").setInputFiles({ name: "补贴发放名单.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "提交进展" }).click();
  const history = page.getByRole("list", { name: "填报记录" });
  await expect(history.getByText(marker)).toBeVisible();
  await expect(history.getByRole("link", { name: /补贴发放名单\.pdf/ })).toBeVisible();

  // The leader: the task has left the late list, and its page shows the report and the file.
  await leader.reload();
  await expect(leader.getByRole("region", { name: /滞后任务/ }).getByRole("link", { name: TASK })).toHaveCount(0);
  await leader.getByRole("link", { name: TASK }).first().click();
  const leaderHistory = leader.getByRole("list", { name: "填报记录" });
  await expect(leaderHistory.getByText(marker)).toBeVisible();
  await expect(leaderHistory.getByText("建湖县人社局")).toBeVisible();
  const download = leader.waitForEvent("download");
  await leaderHistory.getByRole("link", { name: /补贴发放名单\.pdf/ }).click();
  expect((await download).suggestedFilename()).toBe("补贴发放名单.pdf");
  // Leaders read; they have no report form.
  await expect(leader.getByRole("button", { name: "提交进展" })).toHaveCount(0);
  await leader.context().close();
});
