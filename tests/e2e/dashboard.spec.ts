// A county leader opens the dashboard, drills into one of the towns and opens
// the records behind one of its figures.
import { expect, expectDrillChips, test } from "./fixtures";
import { orgIdByName } from "../helpers/db";

test("jianhu.leader drills from the county into 上冈镇 and opens the members behind its figure", async ({ page, loginAs }) => {
  test.setTimeout(240_000);
  const shanggang = await orgIdByName("上冈镇总工会");
  await loginAs("leader");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "数据看板" }).click();
  // On a fresh database the first county dashboard may be computed live while the rollup is built (as in workbench.spec.ts).
  await expect(page.getByRole("heading", { level: 1, name: "数据看板 · 建湖县总工会" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("as-of")).toContainText("数据截至");
  await expect(page.getByRole("region", { name: "主要指标" }).getByText("会员数")).toBeVisible();
  // Another county is nowhere on the page.
  await expect(page.getByText("盱眙县总工会")).toHaveCount(0);

  // Drill into 上冈镇 from the comparison table: the URL carries the organisation.
  await page.getByRole("table", { name: "下级组织主要指标对比" }).getByRole("link", { name: "上冈镇总工会" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?.*orgId=${shanggang}`), { timeout: 45_000 });
  await expect(page.getByRole("heading", { level: 1, name: "数据看板 · 上冈镇总工会" })).toBeVisible();
  await expect(page.getByRole("link", { name: "建湖县总工会" })).toBeVisible();

  // The members figure opens the member list filtered to 上冈镇, with the same total.
  const figure = page.locator('[data-card="members"]').getByRole("link");
  const label = (await figure.getAttribute("aria-label")) ?? "";
  const shown = Number(/会员数 ([\d,]+)人/.exec(label)?.[1].replaceAll(",", ""));
  expect(shown).toBeGreaterThan(0);
  await figure.click();
  await expect(page).toHaveURL(new RegExp(`/members\\?orgId=${shanggang}&status=ACTIVE&joinedTo=\\d{4}-\\d{2}-\\d{2}`), { timeout: 45_000 });
  await expect(page.getByRole("heading", { level: 1, name: "会员管理" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "上冈镇总工会", exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`共 ${shown.toLocaleString("zh-CN")} 人`)).first()).toBeVisible();
  // Chips name what the figure carried, and lead back to the dashboard it came from.
  const chips = await expectDrillChips(page, ["组织：上冈镇总工会", "状态：在会", /入会日期（止）：\d{4}-\d{2}-\d{2}/], new RegExp(`^/dashboard\\?.*orgId=${shanggang}`));

  // Back on the dashboard, another figure: its link carries the dashboard itself (back=), so the
  // trainings list names the period it was reached with and leads back without relying on a referrer.
  await chips.getByRole("link", { name: "← 返回数据看板" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "数据看板 · 上冈镇总工会" })).toBeVisible({ timeout: 45_000 });
  const trainees = page.locator('[data-card="trainees"]').getByRole("link");
  await expect(trainees).toHaveAttribute("href", new RegExp(`^/trainings\\?orgId=${shanggang}&from=[\\d-]+&to=[\\d-]+&back=%2Fdashboard%3F.*orgId%3D${shanggang}`));
  await trainees.click();
  await expect(page.getByRole("heading", { level: 1, name: "技能培训" })).toBeVisible({ timeout: 45_000 });
  const trainingChips = page.getByRole("group", { name: "当前筛选" });
  await expect(trainingChips.getByText("组织：上冈镇总工会")).toBeVisible();
  await expect(trainingChips.getByText(/开始日期（起）：\d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(trainingChips.getByText(/开始日期（止）：\d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(trainingChips.getByRole("link", { name: "← 返回数据看板" })).toHaveAttribute("href", new RegExp(`^/dashboard\\?.*orgId=${shanggang}`));
});
