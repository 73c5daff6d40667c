// Model-worker services on the form kit as a town's staff (shanggang.staff)
// record one: a service date in the future is refused in the browser with the
// API's own message, a past one saves with 保存成功 on the service list.
import { expect, test } from "./fixtures";
import { one } from "../helpers/db";
import { newIdNumber, newPhone } from "../helpers/fixtures";

test("recording a model-worker service: a future 服务日期 is refused, then 保存成功", async ({ page, loginAs }) => {
  await loginAs("townStaff");
  const union = await one<{ id: number }>(
    `SELECT o.id FROM organisation o WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '上冈镇总工会')] AND o.level = 'GRASSROOTS' ORDER BY o.id LIMIT 1`,
  );
  const worker = { name: "钱劳模", idNumber: newIdNumber(), phone: newPhone(), orgId: union.id, joinedOn: "2010-05-01", groups: [] };
  expect((await page.request.post("/api/v1/members", { data: worker })).status()).toBe(201);

  await page.goto("/honours/services/new");
  await page.getByRole("combobox", { name: "劳模（会员）" }).fill(worker.idNumber);
  await page.getByRole("listbox", { name: "会员候选" }).getByRole("option").first().click();
  await page.getByLabel("服务项目").selectOption({ label: "疗休养" });
  await page.getByLabel("服务日期").fill("2099-01-01");
  await page.getByLabel("费用（元）").fill("2600");
  await page.getByRole("button", { name: "登记服务" }).click();
  await expect(page.getByText("服务日期不能晚于今天")).toBeVisible();
  await expect(page).toHaveURL(/\/honours\/services\/new$/);

  await page.getByLabel("服务日期").fill("2026-04-20");
  await page.getByRole("button", { name: "登记服务" }).click();
  await expect(page).toHaveURL(/\/honours\/services\?q=/);
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  await expect(page.getByRole("row", { name: /钱劳模/ }).first()).toContainText("2026-04-20");
});
