// A member on a phone tells the union about unpaid wages and follows the case
// as the town's staff accept and close it; the county leader sees it without
// the facts.
import { expect, test } from "./fixtures";
import { as } from "../helpers/http";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("member 13800000001 opens a rights case on a phone and sees it accepted and closed", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("member");
  await page.getByRole("navigation", { name: "会员服务" }).getByRole("link", { name: "维权" }).click();
  await expect(page.getByRole("heading", { name: "我的维权" })).toBeVisible();
  await page.getByRole("link", { name: "我要维权" }).click();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请选择诉求类别")).toBeVisible();
  await page.getByLabel("诉求类别").selectOption({ label: "欠薪" });
  await page.getByLabel("情况说明").fill("E2E：公司拖欠十月份加班工资");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/me\/rights$/);
  const mine = page.getByRole("list", { name: "我的维权诉求" }).getByRole("listitem").first();
  await expect(mine.getByLabel("办理状态：待工会受理")).toBeVisible();

  // The town's staff accept and close it through the API; the member sees the new status.
  const member = await as("13800000001");
  const id = (await member.get("/api/v1/me/rights-cases")).data.data[0].id as string;
  const staff = await as("shanggang.staff");
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  expect((await staff.post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: today })).status).toBe(200);
  await page.reload();
  await expect(mine.getByLabel("办理状态：工会办理中")).toBeVisible();
  expect((await staff.post(`/api/v1/rights-cases/${id}/close`, { closedOn: today, outcome: "经协调已补发", moneyRecovered: "1200.00" })).status).toBe(200);
  await page.reload();
  await expect(mine.getByLabel("办理状态：已办结")).toBeVisible();
  await expect(mine).toContainText("追回 ¥1200.00");

  // The county leader reads the case but not its facts.
  const leader = await as("jianhu.leader");
  const seen = await leader.get(`/api/v1/rights-cases/${id}`);
  expect(seen.status).toBe(200);
  expect(seen.data.applicantName).toBe("王**");
  expect(JSON.stringify(seen.data)).not.toContain("加班工资");
  expect((await leader.post(`/api/v1/rights-cases/${id}/facts`)).status).toBe(403);
});
