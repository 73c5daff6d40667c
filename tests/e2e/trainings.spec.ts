// Trainings as people use them: a town's staff (shanggang.staff) record a
// training, enrol a member through the form and another through the .xlsx
// import (dry run first); the county leader (jianhu.leader) can read all of it
// but finds no control to change it, and the API refuses a change with 403.
import { expect, test } from "./fixtures";
import { one } from "../helpers/db";
import { newIdNumber, newPhone } from "../helpers/fixtures";
import { buildXlsx } from "../helpers/xlsx";

const SURNAMES = "赵钱孙李周吴郑王冯陈";
const GIVEN = "建国海燕明华丽娟志强秀英伟军";
const randomName = () =>
  SURNAMES[Math.floor(Math.random() * SURNAMES.length)] + GIVEN[Math.floor(Math.random() * GIVEN.length)] + GIVEN[Math.floor(Math.random() * GIVEN.length)];

test("shanggang.staff records a training with enrolments; jianhu.leader reads it but cannot change it", async ({ page, loginAs }) => {
  // Two people, a form, a modal and an import: longer than one page visit.
  test.setTimeout(120_000);
  const title = `上冈镇电工技能提升培训班（测试${Date.now() % 100000}）`;
  await loginAs("townStaff");

  // Two members of a 上冈镇 union, registered through the API so the test knows their ID numbers.
  const union = await one<{ id: number }>(
    `SELECT o.id FROM organisation o WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '上冈镇总工会')] AND o.level = 'GRASSROOTS' ORDER BY o.id LIMIT 1`,
  );
  const people = [] as { name: string; idNumber: string }[];
  for (let i = 0; i < 2; i++) {
    const m = { name: randomName(), idNumber: newIdNumber(), phone: newPhone(), orgId: union.id, joinedOn: "2023-05-01", groups: [] };
    const r = await page.request.post("/api/v1/members", { data: m });
    expect(r.status()).toBe(201);
    people.push(m);
  }

  // Record the session through the form.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "技能培训" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "技能培训" })).toBeVisible();
  await page.getByRole("link", { name: "新建培训" }).click();
  await page.getByLabel("培训名称").fill(title);
  await page.getByLabel("培训类型").selectOption({ label: "就业技能培训" });
  await expect(page.getByRole("combobox", { name: "举办组织" })).toHaveValue("上冈镇总工会");
  await page.getByLabel("培训学时").fill("16");
  await page.getByRole("button", { name: "保存培训" }).click();
  await expect(page.getByText("线下培训请填写培训地点")).toBeVisible();
  await page.getByLabel("培训地点").fill("上冈镇成人文化技术学校");
  await page.getByLabel("非会员参训人数").fill("30");
  await page.getByRole("button", { name: "保存培训" }).click();
  await expect(page).toHaveURL(/\/trainings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const id = page.url().split("/").pop()!;

  // Enrol the first member through the form: found by full ID number, certificate recorded.
  await page.getByRole("button", { name: "登记学员" }).click();
  const dialog = page.getByRole("dialog", { name: "登记学员" });
  await dialog.getByRole("combobox", { name: "会员" }).fill(people[0].idNumber);
  await dialog.getByRole("listbox", { name: "会员候选" }).getByRole("option").first().click();
  await dialog.getByLabel("培训结果").selectOption({ label: "取得职业资格证书" });
  await dialog.getByLabel("参训学时").fill("16");
  await dialog.getByRole("button", { name: "登记" }).click();
  await expect(dialog.getByText("请选择证书等级")).toBeVisible();
  await dialog.getByLabel("证书等级").selectOption({ label: "中级工（四级）" });
  await dialog.getByLabel("证书编号").fill("S2026320925E2E01");
  await dialog.getByRole("button", { name: "登记" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  const table = page.getByRole("table", { name: `${title}的学员名单` });
  const row0 = table.getByRole("row", { name: new RegExp(people[0].name) });
  await expect(row0).toContainText("取得职业资格证书");

  // Correcting the row: the same form, started from the enrolment, saved with 保存成功 again.
  await page.getByRole("button", { name: "关闭提示" }).click();
  await row0.getByRole("button", { name: `编辑${people[0].name}的培训结果` }).click();
  const edit = page.getByRole("dialog", { name: `编辑培训结果：${people[0].name}` });
  await expect(edit.getByLabel("证书编号")).toHaveValue("S2026320925E2E01");
  await edit.getByLabel("参训学时").fill("12");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  await expect(row0.getByRole("cell", { name: "12", exact: true })).toBeVisible();

  // Enrol the second through the .xlsx import: a dry run, then the import itself.
  const file = await buildXlsx(
    ["姓名", "身份证号", "是否参训", "参训学时", "培训结果", "证书等级", "证书编号", "补助金额（元）"],
    [[people[1].name, people[1].idNumber, "是", "16", "结业", null, null, null]],
  );
  await page.getByLabel("导入文件（.xlsx，不超过 10 MB）").setInputFiles({ name: "学员.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
  await page.getByRole("button", { name: "试导入（不写入）" }).click();
  await expect(page.getByText("试导入通过：1 行均可导入")).toBeVisible();
  await page.getByRole("button", { name: "正式导入" }).click();
  await page.getByRole("dialog", { name: "确认导入学员" }).getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByText("导入完成：已写入 1 条学员")).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(people[1].name) })).toContainText("结业");
  // 参训人次 = 2 enrolled members + 30 non-members.
  await expect(page.getByRole("region", { name: "合计" })).toContainText("32");

  // The county leader reads everything and can change nothing.
  const leader = await loginAs("leader", { newContext: true });
  await leader.goto(`/trainings?q=${encodeURIComponent(title)}`);
  await leader.getByRole("link", { name: title }).click();
  await expect(leader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const leaderTable = leader.getByRole("table", { name: `${title}的学员名单` });
  await expect(leaderTable.getByRole("row", { name: new RegExp(people[0].name) })).toBeVisible();
  await expect(leaderTable.getByRole("row", { name: new RegExp(people[1].name) })).toBeVisible();
  await expect(leader.getByRole("link", { name: "导出名单" })).toBeVisible();
  for (const name of ["编辑", "删除", "登记学员", "移除", "试导入（不写入）", "正式导入"]) {
    await expect(leader.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(leader.getByRole("link", { name: "编辑", exact: true })).toHaveCount(0);
  await expect(leader.getByRole("link", { name: "导出（导入格式）" })).toHaveCount(0);
  await expect(leader.getByText("批量导入学员")).toHaveCount(0);
  await leader.goto(`/trainings/${id}/edit`);
  await expect(leader.getByText("您的账号为只读，不能修改培训信息。")).toBeVisible();
  await expect(leader.getByRole("button", { name: "保存修改" })).toHaveCount(0);
  await leader.goto("/trainings");
  await expect(leader.getByRole("link", { name: "新建培训" })).toHaveCount(0);

  const patch = await leader.request.patch(`/api/v1/trainings/${id}`, { data: { extraParticipants: 0 } });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error.code).toBe("FORBIDDEN");
  const stored = await one<{ extra_participants: number }>("SELECT extra_participants FROM training_session WHERE id = $1", [id]);
  expect(stored.extra_participants).toBe(30);
  await leader.context().close();
});
