// 上冈镇 reports its third quarter, the county approves it, the quarter's
// trainings are locked, and the county's administrator reopens it. Ends with
// the quarter reopened, so later tests can still write into it.
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { one, orgIdByName } from "../helpers/db";

const Q3 = "2026-Q3";

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

async function act(page: Page, button: string, reason?: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (reason) await dialog.getByLabel("理由（必填）").fill(reason);
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

test("shanggang.staff submits Q3, jianhu.staff approves it, a Q3 training is locked, jianhu.admin reopens it", async ({ browser }) => {
  test.setTimeout(180_000);
  const shanggang = await orgIdByName("上冈镇总工会");
  const training = await one<{ id: string; title: string }>(
    `SELECT t.id, t.title FROM training_session t JOIN organisation o ON o.id = t.org_id
     WHERE o.ancestor_ids @> ARRAY[$1::int] AND t.deleted_at IS NULL AND t.starts_on BETWEEN '2026-07-01' AND '2026-09-30' ORDER BY t.starts_on LIMIT 1`,
    [shanggang],
  );

  const town = await as(browser, "shanggang.staff");
  await town.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "报送审核" }).click();
  await town.goto(`/reports?period=${Q3}`);
  await expect(town.getByRole("heading", { level: 1, name: "报送审核 · 上冈镇总工会" })).toBeVisible();
  await expect(town.getByText("未报送", { exact: true })).toBeVisible();
  await act(town, "报送");
  await expect(town.getByText("待审核", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(town.getByRole("table", { name: "2026年第三季度报送快照" }).getByText("培训场次")).toBeVisible();

  const county = await as(browser, "jianhu.staff");
  await county.goto(`/reports?period=${Q3}`);
  const row = county.getByRole("table", { name: "下级组织2026年第三季度报送情况" }).getByRole("row", { name: /上冈镇总工会/ });
  await expect(row.getByText("待审核", { exact: true })).toBeVisible();
  await row.getByRole("link", { name: "上冈镇总工会" }).click();
  await expect(county.getByRole("heading", { level: 1, name: "报送审核 · 上冈镇总工会" })).toBeVisible();
  await act(county, "审核通过");
  await expect(county.getByText("已审核（已锁定）", { exact: true })).toBeVisible({ timeout: 30_000 });

  // A later edit of a Q3 training is refused, with the period and who can reopen it.
  await town.goto(`/trainings/${training.id}/edit`);
  await town.getByLabel("培训名称").fill(`${training.title}（更正）`);
  await town.getByRole("button", { name: "保存修改" }).click();
  const alert = town.getByRole("alert").filter({ hasText: "保存失败" });
  await expect(alert).toContainText("上冈镇总工会2026年第三季度已审核锁定");
  await expect(alert).toContainText("建湖县总工会管理员重新开放");

  const admin = await as(browser, "jianhu.admin");
  await admin.goto(`/reports?orgId=${shanggang}&period=${Q3}`);
  await act(admin, "重新开放", "培训记录需要更正");
  await expect(admin.getByText("已退回", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByText("退回理由：重新开放：培训记录需要更正")).toBeVisible();

  // Reopened: the same edit now goes through.
  await town.goto(`/trainings/${training.id}/edit`);
  await town.getByRole("button", { name: "保存修改" }).click();
  await expect(town).toHaveURL(new RegExp(`/trainings/${training.id}$`), { timeout: 30_000 });
});

test("逾期补录 on the 报送 page: jianhu.admin sets 钟庄街道's grace days, jianhu.staff grants it a late-entry exception", async ({ loginAs }) => {
  const zhongzhuang = await orgIdByName("钟庄街道总工会");
  const reason = `补录E2E${Date.now() % 100000}`;

  const admin = await loginAs("admin", { newContext: true });
  await admin.goto(`/reports?orgId=${zhongzhuang}&period=2026-Q2`);
  const adminCard = admin.getByRole("region", { name: "逾期补录" });
  await adminCard.getByLabel("宽限天数").fill("20");
  await adminCard.getByRole("button", { name: "保存补录规则" }).click();
  await expect(adminCard.getByText("季度结束后 20 天内可直接录入")).toBeVisible({ timeout: 30_000 });
  await admin.context().close();

  const staff = await loginAs("staff", { newContext: true });
  await staff.goto("/reports?period=2026-Q2");
  const card = staff.getByRole("region", { name: "逾期补录" });
  // Staff of the county set no grace days of their own organisation: only an administrator above may.
  await expect(card.getByRole("button", { name: "保存补录规则" })).toHaveCount(0);
  await card.getByLabel("补录单位").selectOption({ label: "钟庄街道总工会" });
  await card.getByRole("button", { name: "同意补录" }).click();
  await expect(card.getByText("请填写理由（至少2个字）")).toBeVisible();
  await card.getByLabel("理由").fill(reason);
  await card.getByRole("button", { name: "同意补录" }).click();
  await expect(staff.getByText("已同意补录")).toBeVisible({ timeout: 30_000 });
  await staff.goto(`/reports?orgId=${zhongzhuang}&period=2026-Q2`);
  await expect(staff.getByRole("region", { name: "逾期补录" }).getByText(reason, { exact: false })).toBeVisible();
  await staff.context().close();
});
