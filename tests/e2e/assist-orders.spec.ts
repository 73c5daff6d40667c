// 劳模工匠助企行 as county staff use it: enter an enterprise's need for 上冈镇,
// dispatch it to the first proposed model worker, record the visit and the
// outcome; the town's 劳模工匠助企行 card on the dashboard moves by one.
import { expect, test } from "./fixtures";
import { one, orgIdByName } from "../helpers/db";
import type { Page } from "@playwright/test";

async function visitsCard(page: Page, orgId: number) {
  await page.goto(`/dashboard?orgId=${orgId}`);
  const label = (await page.locator('[data-card="mw_visits"]').getByRole("link").getAttribute("aria-label")) ?? "";
  const m = /劳模工匠助企行 ([\d,]+)次/.exec(label);
  expect(m, label).not.toBeNull();
  return Number(m![1].replaceAll(",", ""));
}

test("jianhu.staff enters an order, dispatches it to the proposed model worker, records visit and outcome; the card moves", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  const shanggang = await orgIdByName("上冈镇总工会");
  const enterprise = await one<{ name: string }>(
    `SELECT e.name FROM enterprise e JOIN organisation o ON o.id = e.area_org_id
     WHERE o.ancestor_ids @> ARRAY[$1]::int[] AND e.name NOT LIKE '%华瑞%' ORDER BY e.name LIMIT 1`,
    [shanggang],
  );
  await loginAs("staff");
  const before = await visitsCard(page, shanggang);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "助企行" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "劳模工匠助企行" })).toBeVisible();
  await page.getByRole("link", { name: "登记企业需求" }).click();
  // Validation in Chinese before anything is sent.
  await page.getByRole("button", { name: "保存需求" }).click();
  await expect(page.getByText("请选择技术领域（行业）")).toBeVisible();

  await page.getByRole("combobox", { name: "企业", exact: true }).fill(enterprise.name.slice(0, 8));
  await page.getByRole("listbox", { name: "企业候选" }).getByRole("option", { name: new RegExp(enterprise.name) }).first().click();
  await page.getByLabel("受理工会").fill("上冈镇");
  await page.getByRole("listbox", { name: "组织候选" }).getByRole("option", { name: /上冈镇总工会/ }).click();
  await page.getByLabel("技术领域（行业）").selectOption({ label: "石油机械" });
  await page.getByLabel("具体领域").fill("石油机械装配");
  await page.getByLabel("问题概述").fill("抽油机减速箱出厂试验漏油");
  await page.getByLabel("问题描述").fill("新装配的减速箱试验漏油，需改进密封结构与装配工艺");
  await page.getByLabel("企业联系人").fill("张经理");
  await page.getByLabel("联系电话").fill("0515-86201234");
  await page.getByRole("button", { name: "保存需求" }).click();
  await expect(page).toHaveURL(/\/assist-orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "抽油机减速箱出厂试验漏油" })).toBeVisible();

  // The proposals: dispatch to the first proposed person.
  const proposals = page.getByRole("list", { name: "推荐的劳模工匠和工作室" });
  const first = proposals.getByRole("listitem").filter({ hasText: "劳模工匠" }).first();
  const name = ((await first.locator("p.font-medium").textContent()) ?? "").replace("劳模工匠", "").trim();
  await first.getByRole("button", { name: `派单给${name}` }).click();
  await expect(page.getByRole("list", { name: "工单时间线" })).toContainText(`派单给${name}`);

  // The visit, then the outcome.
  await page.getByLabel("服务时长（小时）").fill("4");
  await page.getByLabel("服务内容").fill("现场改进密封结构，带教装配班组");
  await page.getByRole("button", { name: "保存服务记录" }).click();
  await expect(page.getByRole("list", { name: "工单时间线" })).toContainText(`${name}上门服务 4 小时`);
  await page.getByLabel("解决问题数").fill("2");
  await page.getByLabel("培训职工人数").fill("15");
  await page.getByLabel("经济效益（元）").fill("86000");
  await page.getByLabel("企业评价").selectOption("5");
  await page.getByRole("button", { name: "办结工单" }).click();
  await expect(page.getByRole("list", { name: "工单时间线" })).toContainText("办结：解决问题 2 个，培训职工 15 人，经济效益 ¥86000.00，企业评价 5 分");

  // The town's dashboard counts the visit.
  expect(await visitsCard(page, shanggang)).toBe(before + 1);
});
