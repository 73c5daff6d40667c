// The organisation, honour and competition forms and the competition roster on
// the form kit, each with its one form schema: created, then corrected (only
// what changed is sent), each save ending in 保存成功; a field error from the
// schema lands on its field before anything is sent.
import { expect, test } from "./fixtures";
import { one, orgIdByName } from "../helpers/db";
import { newIdNumber, newPhone } from "../helpers/fixtures";

const suffix = () => String(Date.now() % 100000);

test("an organisation is created under a town and corrected, each with 保存成功", async ({ page, loginAs }) => {
  await loginAs("staff");
  const town = await orgIdByName("上冈镇总工会");
  const name = `上冈镇测试机械有限公司工会${suffix()}`;
  await page.goto(`/orgs/${town}/new`);
  await page.getByLabel("组织名称").fill(name);
  await page.getByLabel("层级").selectOption("GRASSROOTS");
  await page.getByLabel("联系电话").fill("12345");
  await page.getByRole("button", { name: "创建组织" }).click();
  await expect(page.getByText("联系电话应为手机号或带区号的固话")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/orgs/${town}/new$`));
  await page.getByLabel("联系电话").fill("0515-86212345");
  await page.getByRole("button", { name: "创建组织" }).click();
  // The new organisation's page counts its subtree: slower than a form's round trip on a busy machine.
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/orgs\/\d+$/);
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const id = page.url().split("/").pop()!;

  await page.goto(`/orgs/${id}/edit`);
  await expect(page.getByLabel("组织名称")).toHaveValue(name);
  await page.getByLabel("联系人").fill("周晓梅");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${id}$`));
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  await expect(page.getByText("周晓梅　0515-86212345")).toBeVisible();
  const stored = await one<{ contact_name: string; contact_phone: string; level: string }>("SELECT contact_name, contact_phone, level FROM organisation WHERE id = $1", [Number(id)]);
  expect(stored).toEqual({ contact_name: "周晓梅", contact_phone: "0515-86212345", level: "GRASSROOTS" });
});

test("a collective honour (工人先锋号) is recorded and corrected, each with 保存成功", async ({ page, loginAs }) => {
  await loginAs("townStaff");
  const team = `上冈镇测试装配车间${suffix()}`;
  await page.goto("/honours/new");
  await page.getByLabel("集体", { exact: true }).check();
  await page.getByLabel("集体名称").fill(team);
  await page.getByRole("combobox", { name: "所属工会" }).fill("上冈");
  await page.getByRole("listbox", { name: "组织候选" }).getByRole("option").first().click();
  await page.getByLabel("荣誉称号").selectOption("WORKER_PIONEER");
  await page.getByRole("button", { name: "登记荣誉" }).click();
  await expect(page.getByText("请填写授予单位")).toBeVisible();
  await page.getByLabel("授予单位").fill("建湖县总工会");
  await page.getByRole("button", { name: "登记荣誉" }).click();
  await expect(page).toHaveURL(/\/honours\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const id = page.url().split("/").pop()!;

  await page.goto(`/honours/${id}/edit`);
  await page.getByLabel("授予单位").fill("盐城市总工会");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page).toHaveURL(new RegExp(`/honours/${id}$`));
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const stored = await one<{ awarding_body: string; team_name: string; member_id: string | null }>("SELECT awarding_body, team_name, member_id FROM honour WHERE id = $1", [id]);
  expect(stored).toEqual({ awarding_body: "盐城市总工会", team_name: team, member_id: null });
});

test("a competition's roster: an entrant registered and their rank recorded, each with 保存成功", async ({ page, loginAs }) => {
  await loginAs("townStaff");
  const town = await orgIdByName("上冈镇总工会");
  const union = await one<{ id: number }>(`SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int] AND level = 'GRASSROOTS' ORDER BY id LIMIT 1`, [town]);
  const entrant = { name: "孙测试", idNumber: newIdNumber(), phone: newPhone(), orgId: union.id, joinedOn: "2020-05-01", groups: [] };
  expect((await page.request.post("/api/v1/members", { data: entrant })).status()).toBe(201);
  const name = `上冈镇焊工技能竞赛（测试${suffix()}）`;
  const comp = await page.request.post("/api/v1/competitions", {
    data: { orgId: town, name, kind: "SKILLS", level: "COUNTY", organiser: "上冈镇总工会", startsOn: "2026-05-10", endsOn: "2026-05-11", trades: ["焊工", "电工"] },
  });
  expect(comp.status()).toBe(201);
  const { id } = (await comp.json()) as { id: string };

  await page.goto(`/competitions/${id}`);
  await page.getByRole("button", { name: "登记选手" }).click();
  const dialog = page.getByRole("dialog", { name: "登记参赛选手" });
  await dialog.getByRole("combobox", { name: "会员" }).fill(entrant.idNumber);
  await dialog.getByRole("listbox", { name: "会员候选" }).getByRole("option").first().click();
  await dialog.getByLabel("工种").selectOption("焊工");
  await dialog.getByLabel("成绩").fill("95.5");
  await dialog.getByRole("button", { name: "登记" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(entrant.name) });
  await expect(row).toContainText("95.50");

  await page.getByRole("button", { name: "关闭提示" }).click();
  await row.getByRole("button", { name: `编辑${entrant.name}的成绩` }).click();
  const edit = page.getByRole("dialog", { name: `编辑成绩：${entrant.name}（焊工）` });
  await expect(edit.getByLabel("成绩")).toHaveValue("95.50");
  await edit.getByLabel("名次").fill("0");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit.getByText("名次应为正整数")).toBeVisible();
  await edit.getByLabel("名次").fill("1");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const stored = await one<{ rank: number; score: string; trade: string }>("SELECT rank, score::text AS score, trade FROM competition_entry WHERE competition_id = $1", [id]);
  expect(stored).toEqual({ rank: 1, score: "95.50", trade: "焊工" });
});
