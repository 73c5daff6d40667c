// 产改 as people use it: the 人社局 contact (a partner-unit account) reports
// progress with an attachment on a late task its unit leads; the county
// leader sees the report on the plan and the task leave the late list.
import { randomBytes } from "node:crypto";
import { expect, expectDrillChips, test } from "./fixtures";

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

test("jianhu.staff creates a task through the form and it appears on the plan", async ({ page, loginAs }) => {
  const title = `E2E新增任务${randomBytes(3).toString("hex")}`;
  await loginAs("staff");
  await page.goto("/reform");
  await page.getByRole("link", { name: PLAN }).click();
  await page.getByRole("link", { name: "新增任务" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新增任务" })).toBeVisible();

  // Nothing chosen: the schema's messages, and nothing is sent.
  await page.getByRole("button", { name: "新增任务" }).click();
  await expect(page.getByText("请填写任务名称")).toBeVisible();
  await expect(page.getByText("请选择牵头单位")).toBeVisible();

  await page.getByLabel("所属工程").selectOption({ index: 1 });
  const area = (await page.getByLabel("所属工程").locator("option:checked").innerText()).trim();
  await page.getByLabel("任务名称").fill(title);
  await page.getByLabel("任务内容").fill("组织产业工人参加技能等级认定");
  await page.getByLabel("牵头单位").selectOption({ label: "建湖县人社局" });
  await page.getByRole("group", { name: "责任单位" }).getByLabel("建湖县教育局").check();
  await page.getByLabel("目标", { exact: true }).fill("全年完成技能等级认定500人");
  // The quarterly milestones come filled in; the last one is the deadline at 100 %.
  await expect(page.getByLabel("节点4进度（%）")).toHaveValue("100");
  await page.getByRole("button", { name: "新增任务" }).click();

  await expect(page).toHaveURL(/\/reform\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  await expect(page.getByRole("link", { name: "继续新增任务 →" })).toBeVisible();
  const section = page.getByRole("region", { name: new RegExp(`^${area}`) });
  await expect(section.getByRole("link", { name: title })).toBeVisible();

  // Its page shows the units and the milestones; the plan's organisation may edit it.
  await section.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(page.getByText("牵头单位：建湖县人社局")).toBeVisible();
  await page.getByRole("link", { name: "修改任务" }).click();
  await expect(page.getByLabel("任务名称")).toHaveValue(title);
  await expect(page.getByRole("group", { name: "责任单位" }).getByLabel("建湖县教育局")).toBeChecked();
});

test("jianhu.staff sets up a plan with its areas in order and records a joint meeting whose decision is tracked", async ({ page, loginAs }) => {
  const title = `E2E工作要点${randomBytes(3).toString("hex")}`;
  await loginAs("staff");
  await page.goto("/reform");
  await page.getByRole("link", { name: "新建方案" }).click();
  await page.getByLabel("方案名称").fill(title);
  // The usual five areas come filled in; the plan keeps its own order.
  await expect(page.getByLabel("第1个工程名称")).toHaveValue("思想引领");
  await page.getByRole("button", { name: "上移第2个工程" }).click();
  await expect(page.getByLabel("第1个工程名称")).toHaveValue("素质提升");
  await page.getByRole("button", { name: "删除第5个工程" }).click();
  await expect(page.getByLabel("第5个工程名称")).toHaveCount(0);
  await page.getByLabel("第4个工程名称").fill("");
  await page.getByRole("button", { name: "建立方案" }).click();
  await expect(page.getByText("请填写工程名称")).toBeVisible();
  await page.getByLabel("第4个工程名称").fill("支撑保障");
  await page.getByRole("button", { name: "建立方案" }).click();

  await expect(page).toHaveURL(/\/reform\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").getByRole("link", { name: "新增任务 →" })).toBeVisible();
  await expect(page.getByText("本方案还没有任务")).toBeVisible();

  await page.getByRole("link", { name: "联席会议" }).click();
  await page.getByRole("link", { name: "记录会议" }).click();
  await page.getByLabel("会议名称").fill(`${title}联席会议`);
  await page.getByRole("group", { name: "参会单位" }).getByLabel("建湖县人社局").check();
  await page.getByRole("button", { name: "+ 添加议定事项" }).click();
  await page.getByLabel("事项 1").fill("人社局牵头制定技能人才激励办法");
  await page.getByLabel("责任单位").selectOption({ label: "建湖县人社局" });
  await page.getByLabel("办结时限").fill("2099-06-30");
  await page.getByRole("button", { name: "保存会议记录" }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByText(`${title}联席会议`)).toBeVisible();
  await expect(page.getByText("2099-06-30 前")).toBeVisible();
  await page.getByRole("button", { name: "标记办结：人社局牵头制定技能人才激励办法" }).click();
  await page.getByRole("dialog", { name: "标记办结" }).getByRole("button", { name: "标记办结" }).click();
  await expect(page.getByRole("button", { name: "撤销办结：人社局牵头制定技能人才激励办法" })).toBeVisible();
  await expect(page.getByText(/\d{4}-\d{2}-\d{2} 办结/)).toBeVisible();
});

test("the county's tasks, reached from the dashboard, are a kit list with its chips and way back", async ({ page, loginAs }) => {
  await loginAs("leader");
  await page.goto("/reform/tasks?year=2026&status=IN_PROGRESS&back=%2Fdashboard%3Fperiod%3D2026");
  await expect(page.getByRole("heading", { level: 1, name: "推进中的产改任务" })).toBeVisible();
  const chips = await expectDrillChips(page, ["年度：2026年度", "状态：推进中"], "/dashboard?period=2026");
  await chips.getByRole("link", { name: "取消筛选：状态" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByRole("heading", { level: 1, name: "产改任务" })).toBeVisible();
  await expect(page.getByRole("link", { name: TASK })).toBeVisible();
});
