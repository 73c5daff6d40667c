// A collective contract as county staff handle it in the browser: started at
// 要约 for an enterprise union's own enterprise, taken step by step (each with
// its form and a confirmation) to 生效, and then counted in the coverage page.
import { expect, test } from "./fixtures";
import { as } from "../helpers/http";
import { makeEnterprise, makeTown, makeUnion } from "../helpers/contracts";

test("a wage contract goes from 要约 to 生效 through the UI and then counts in coverage", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  // A fresh town with one enterprise union and its enterprise, made through the API.
  const api = await as("jianhu.staff");
  const town = await makeTown(api, "浏览器测试");
  const union = await makeUnion(api, town.id, "INDEPENDENT");
  const enterprise = await makeEnterprise(api, town.id, union.id, 120);

  await loginAs("staff");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "集体合同" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "集体合同" })).toBeVisible();
  await page.getByRole("link", { name: "新建合同" }).click();

  await page.getByLabel("合同类型").selectOption({ label: "工资专项集体合同" });
  await page.getByLabel("工会方").fill(union.name.slice(0, 12));
  await page.getByRole("listbox", { name: "工会候选" }).getByRole("option", { name: new RegExp(union.name) }).click();
  // The union's own enterprise is filled in from the register, with a suggested title.
  await expect(page.getByText(`覆盖企业：${enterprise.name}（120 人）`)).toBeVisible();
  await expect(page.getByLabel("企业方（用人单位方）")).toHaveValue(enterprise.name);
  await expect(page.getByLabel("合同名称")).toHaveValue(/年度工资专项集体合同$/);
  await page.getByRole("button", { name: "登记要约" }).click();

  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("要约");
  const current = page.getByRole("list", { name: "合同办理进度" }).locator('[aria-current="step"]');
  await expect(current).toContainText("要约");

  async function takeStep(button: string, fill?: () => Promise<void>) {
    await page.getByRole("button", { name: button }).click();
    const panel = page.getByRole("dialog", { name: new RegExp(`^${button}`) });
    await expect(panel).toBeVisible();
    await fill?.();
    await panel.getByRole("button", { name: "下一步" }).click();
    const confirm = page.getByRole("dialog", { name: /^确认/ });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "确认办理" }).click();
    await expect(panel).toBeHidden();
  }

  await takeStep("开始协商");
  await expect(title).toContainText("协商中");
  // Each step ends, as every kit form, in its message above the page.
  await expect(page.getByRole("status").filter({ hasText: "已办理：协商中" })).toBeVisible();

  await takeStep("职代会审议通过", async () => {
    await page.getByLabel("赞成票").fill("20");
    await page.getByLabel("反对票").fill("20");
    await page.getByRole("button", { name: "下一步" }).click();
    // Not a majority of the votes cast: the form says so in Chinese and nothing is sent.
    await expect(page.getByText(/赞成票须超过投票总数的半数/)).toBeVisible();
    await page.getByLabel("赞成票").fill("45");
    await page.getByLabel("反对票").fill("2");
    await page.getByLabel("弃权票").fill("1");
  });
  await expect(title).toContainText("职代会审议通过");
  await expect(page.getByText("赞成 45 票，反对 2 票，弃权 1 票")).toBeVisible();

  await takeStep("签订");
  await expect(title).toContainText("已签订");
  await takeStep("报送审查");
  await expect(title).toContainText("已报送审查");
  await takeStep("审查通过，合同生效");
  await expect(title).toContainText("生效");
  await expect(current).toContainText("生效");
  await expect(page.getByText("今天在有效期内")).toBeVisible();
  await expect(page.getByRole("list", { name: "办理记录" }).getByRole("listitem")).toHaveCount(6);

  // The town's coverage now counts its one unionised enterprise.
  await page.goto(`/contracts/coverage?orgId=${town.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "集体合同覆盖率" })).toBeVisible();
  const tiles = page.getByRole("region", { name: "覆盖情况" });
  await expect(tiles).toContainText("已建会企业1家");
  await expect(tiles).toContainText("集体合同覆盖率100.0%");
  await expect(tiles).toContainText("工资集体协商覆盖率100.0%");
  const byKind = page.getByRole("table", { name: "按合同类型的覆盖情况" });
  await expect(byKind.getByRole("row", { name: /工资专项集体合同/ })).toContainText("1 份（1 家 / 120 人）");
});
