// The list kit's row selection: staff tick members on the member list, export
// just those rows, and enrol them in a training in one go.
import { expect, test } from "./fixtures";
import { as } from "../helpers/http";
import { orgIdByName } from "../helpers/db";

test("jianhu.staff ticks two members, exports them and enrols both in a training", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  const staff = await as("jianhu.staff");
  const title = `批量登记测试培训-${Date.now()}`;
  const t = await staff.post("/api/v1/trainings", {
    orgId: await orgIdByName("建湖县总工会"),
    title,
    type: "SAFETY",
    organiser: "建湖县总工会",
    startsOn: "2026-06-10",
    endsOn: "2026-06-10",
    hours: 4,
    mode: "ONSITE",
    place: "县职工服务中心",
  });
  expect(t.status).toBe(201);

  await loginAs("staff");
  await page.goto("/members?status=ACTIVE");
  const table = page.getByRole("table", { name: "会员名册" });
  const batch = page.getByRole("group", { name: "批量操作" });
  await expect(batch.getByText("勾选会员后可批量操作")).toBeVisible();
  await expect(batch.getByRole("button", { name: "登记参加培训" })).toBeDisabled();

  const rows = table.getByRole("row");
  const names = [(await rows.nth(1).getByRole("rowheader").innerText()).trim(), (await rows.nth(2).getByRole("rowheader").innerText()).trim()];
  await rows.nth(1).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await expect(batch.getByText("已选 2 人")).toBeVisible();
  await expect(batch.getByRole("link", { name: "导出所选" })).toHaveAttribute("href", /\/api\/v1\/members\/export\?ids=[0-9a-f-]{36},[0-9a-f-]{36}$/);

  // 全选本页 ticks the whole page, and clears it again.
  await table.getByRole("checkbox", { name: "全选本页" }).check();
  await expect(batch.getByText("已选 20 人")).toBeVisible();
  await table.getByRole("checkbox", { name: "全选本页" }).uncheck();
  await expect(batch.getByText("勾选会员后可批量操作")).toBeVisible();
  await rows.nth(1).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();

  await batch.getByRole("button", { name: "登记参加培训" }).click();
  const dialog = page.getByRole("dialog", { name: "将所选 2 名会员登记为培训学员" });
  await dialog.getByRole("combobox", { name: "培训" }).fill(title.slice(0, 12));
  await dialog.getByRole("option", { name: new RegExp(title) }).click();
  await dialog.getByRole("button", { name: "登记", exact: true }).click();
  await expect(dialog.getByText("保存成功：已登记 2 人")).toBeVisible();
  await dialog.getByRole("link", { name: "查看学员名单" }).click();

  const enrolled = page.getByRole("table", { name: `${title}的学员名单` });
  for (const name of names) await expect(enrolled.getByRole("rowheader", { name }).first()).toBeVisible();
  await expect(enrolled.getByRole("row")).toHaveCount(3);
});
