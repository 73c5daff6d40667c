// The workbench as staff and leaders use it: the desk on 首页 leads to every
// module's waiting work and to the modules used most; the dashboard has no
// serious or critical accessibility violation (contrast included); a big
// town's long tables show their first rows, 查看全部 and an order by progress.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { as } from "../helpers/http";
import { one, orgIdByName, tempUser } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
}

test("the desk lists each module's waiting work with a working link, and the modules used most", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "jianhu.staff");
  const desk = page.getByRole("region", { name: "待办事项" });
  for (const label of ["会员信息更正申请", "待接收的会籍转入", "待办理的救助申请", "天内到期的集体合同", "报送", "已滞后的产改任务", "待派单的助企行工单", "超过办理时限的维权工单"]) {
    await expect(desk.getByRole("link", { name: new RegExp(label) }).first()).toBeVisible();
  }
  const hrefs = await desk.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  for (const href of new Set(hrefs)) {
    const res = await page.goto(href);
    expect(res?.status(), href).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), href).toBeVisible();
    await expect(page.getByText("查询条件有误"), href).toHaveCount(0);
  }

  // 常用功能: a new staff account (the demo accounts' writes depend on the specs run before)
  // whose only write is a member registration has exactly 会员管理 there.
  const fresh = await tempUser("STAFF", "建湖县总工会");
  const union = await one<{ id: number }>(
    `SELECT id FROM organisation WHERE level = 'GRASSROOTS' AND status = 'ACTIVE' AND ancestor_ids @> ARRAY[$1::int] ORDER BY id LIMIT 1`,
    [await orgIdByName("建湖县总工会")],
  );
  expect((await (await as(fresh)).post("/api/v1/members", memberInput(union.id))).status).toBe(201);
  const own = await (await browser.newContext()).newPage();
  await signIn(own, fresh);
  const frequent = own.getByRole("navigation", { name: "常用功能" });
  await expect(frequent.getByRole("link")).toHaveText(["会员管理"]);
  await frequent.getByRole("link", { name: "会员管理" }).click();
  await expect(own).toHaveURL(/\/members$/);
  await own.context().close();
});

// axe over a full dashboard takes a minute on a busy 2-core machine; the first
// county dashboard may be computed live while the rollup is built.
test("the dashboard has no serious or critical accessibility violation, for a county and a town", async ({ page }) => {
  test.setTimeout(360_000);
  await signIn(page, "jianhu.leader");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "数据看板 · 建湖县总工会" })).toBeVisible({ timeout: 90_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/dashboard?orgId=${await orgIdByName("上冈镇总工会")}`);
  await expect(page.getByRole("heading", { level: 1, name: "数据看板 · 上冈镇总工会" })).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test("a big town's comparison shows its first 20 unions, 查看全部 the rest, and orders by completion", async ({ page }) => {
  test.setTimeout(300_000);
  const big = await one<{ id: number; name: string; n: number }>(
    `SELECT o.id, o.name, (SELECT count(*)::int FROM organisation c WHERE c.parent_id = o.id) AS n
     FROM organisation o WHERE o.level = 'TOWN' AND o.ancestor_ids @> ARRAY[$1::int] ORDER BY n DESC, o.id LIMIT 1`,
    [await orgIdByName("建湖县总工会")],
  );
  expect(big.n).toBeGreaterThan(20);
  await signIn(page, "jianhu.leader");
  await page.goto(`/dashboard?orgId=${big.id}&period=2026`);
  const table = page.getByRole("table", { name: "下级组织主要指标对比" });
  // 20 unions and the 本级 row.
  await expect(table.locator("tbody tr")).toHaveCount(21, { timeout: 60_000 });
  await page.getByRole("link", { name: `查看全部（共 ${big.n} 个）` }).first().click();
  await expect(page).toHaveURL(/all=1/, { timeout: 90_000 });
  await expect(table.locator("tbody tr")).toHaveCount(big.n + 1, { timeout: 60_000 });

  const order = page.getByRole("form", { name: "下级对比排序" });
  await order.getByLabel("下级对比排序：指标").selectOption({ label: "会员数" });
  await order.getByLabel("下级对比排序：方式").selectOption({ label: "按数值" });
  await order.getByRole("button", { name: "排序" }).click();
  await expect(page).toHaveURL(/sort=members&by=value/, { timeout: 90_000 });
  const figures = await table.locator("tbody tr").evaluateAll((rows) => rows.slice(0, -1).map((r) => Number(r.querySelectorAll("td")[0].textContent!.replace(/[^\d.]/g, ""))));
  expect(figures.length).toBe(big.n);
  expect(figures).toEqual([...figures].sort((a, b) => b - a));
});

// At 1440 × 900 no column is out of reach: the enrolment list (with its 编辑/移除
// column) and the dashboard's 下级对比 scroll sideways inside their boxes with
// the first column fixed, and scrolled to the end show their last column whole.
test("no column hidden sideways at 1440 px: the enrolment list and 下级对比 keep their first column in view and reach their last", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const jianhu = await orgIdByName("建湖县总工会");
  const session = await one<{ id: string }>(
    `SELECT s.id FROM training_session s JOIN organisation o ON o.id = s.org_id
     WHERE o.ancestor_ids @> ARRAY[$1::int] AND s.deleted_at IS NULL AND (SELECT count(*) FROM training_enrolment e WHERE e.session_id = s.id) >= 3
     ORDER BY s.id LIMIT 1`,
    [jianhu],
  );
  await signIn(page, "jianhu.staff");
  await page.goto(`/trainings/${session.id}`);
  const enrolments = page.getByRole("table", { name: /的学员名单$/ });
  const remove = enrolments.getByRole("button", { name: /移除/ }).first();
  await expect(remove).toBeVisible();
  // The list kit's table scrolls sideways in its box with the first column fixed; scrolled to
  // its end, the 编辑/移除 column is whole (it was a 30 px sliver) and the member's name still in view.
  const box = enrolments.locator("xpath=ancestor::div[@data-scroll-box][1]");
  const name = enrolments.locator("tbody tr").first().locator("th, td").first();
  expect(await name.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  await box.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  await expect(remove).toBeInViewport({ ratio: 1 });
  expect((await remove.boundingBox())!.width).toBeGreaterThan(30);
  expect(Math.abs((await name.boundingBox())!.x - (await box.boundingBox())!.x)).toBeLessThan(2);

  const leader = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(leader, "jianhu.leader");
  await leader.goto(`/dashboard?orgId=${jianhu}&period=2026`);
  const compare = leader.getByRole("table", { name: "下级组织主要指标对比" });
  const first = compare.locator("tbody tr").first().locator("th");
  await expect(first).toBeVisible({ timeout: 90_000 });
  const scroller = compare.locator("xpath=..");
  expect(await first.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  expect(await compare.locator("thead th").first().evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  const left = (await scroller.boundingBox())!.x;
  await scroller.evaluate((el) => {
    el.scrollIntoView({ block: "start" });
    el.scrollLeft = el.scrollWidth;
  });
  // Scrolled to its end: the last column is on screen, the organisation column still at the box's left edge.
  // 0.9, not 1: the box's right border and sub-pixel widths leave the last header 99 % in view.
  await expect(compare.locator("thead th").last()).toBeInViewport({ ratio: 0.9 });
  expect(Math.abs((await first.boundingBox())!.x - left)).toBeLessThan(2);
  await expect(first.getByRole("link")).toBeInViewport();
  await leader.context().close();
});
