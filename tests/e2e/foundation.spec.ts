// The foundation as people use it: county staff see their county and nothing
// else; a member sees only their own record; a town's staff register a member.
import { expect, test } from "./fixtures";
import { one, orgIdByName } from "../helpers/db";
import { newIdNumber } from "../helpers/fixtures";

test("jianhu.staff sees 建湖县's tree and members but not 盱眙县's", async ({ page, loginAs }) => {
  await loginAs("staff");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "建湖县总工会" })).toBeVisible();

  const scope = page.getByLabel("当前范围");
  await expect(scope.locator("option", { hasText: "上冈镇总工会" })).toHaveCount(1);
  await expect(scope.locator("option", { hasText: "盱眙县总工会" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "组织体系" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "建湖县总工会" })).toBeVisible();
  await expect(page.getByRole("link", { name: "上冈镇总工会", exact: true })).toBeVisible();
  await expect(page.getByText("盱眙县总工会")).toHaveCount(0);

  await page.getByRole("link", { name: "上冈镇总工会", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "上冈镇总工会" })).toBeVisible();

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "会员管理" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "会员管理" })).toBeVisible();
  await expect(page.getByText(/第 1 \/ [\d,]+ 页，共 1\d\d,\d{3} 人/)).toBeVisible();
  const demoMember = page.getByRole("searchbox", { name: "搜索会员" }).or(page.getByLabel("搜索会员"));
  await demoMember.fill("13800000001");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("link", { name: "王建华" })).toBeVisible();

  // Another county's records are not there, whatever the URL says.
  const xuyi = await orgIdByName("盱眙县总工会");
  const res = await page.goto(`/orgs/${xuyi}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  const xuyiMember = await one<{ id: string }>(
    "SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] LIMIT 1",
    [xuyi],
  );
  expect((await page.goto(`/members/${xuyiMember.id}`))?.status()).toBe(404);
});

test("the province's staff open the scope switcher's tree one level at a time, down to a town", async ({ page, loginAs }) => {
  await loginAs("admin");
  const scope = page.getByLabel("当前范围");
  const option = (name: string) => scope.locator("option", { hasText: name });
  await expect(option("盐城市总工会")).toHaveCount(1);
  await expect(option("建湖县总工会")).toHaveCount(0);

  await scope.selectOption((await option("盐城市总工会").getAttribute("value"))!);
  await expect(option("建湖县总工会")).toHaveCount(1);
  await expect(option("上冈镇总工会")).toHaveCount(0);
  // Another city's counties stay closed.
  await expect(option("盱眙县总工会")).toHaveCount(0);

  await scope.selectOption((await option("建湖县总工会").getAttribute("value"))!);
  await expect(option("上冈镇总工会")).toHaveCount(1);
  await expect(scope).toHaveValue(String(await orgIdByName("建湖县总工会")));
  // Each opened organisation is followed by its own: 盐城市, its counties, 建湖县's towns among them.
  const names = (await scope.locator("option").allTextContents()).map((t) => t.trim());
  const at = (n: string) => names.indexOf(n);
  expect(at("江苏省总工会")).toBe(0);
  expect(at("盐城市总工会")).toBeLessThan(at("建湖县总工会"));
  expect(at("建湖县总工会")).toBeLessThan(at("上冈镇总工会"));
});

test("member 13800000001 sees only their own record", async ({ page, loginAs }) => {
  await loginAs("member");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: "我的会籍" })).toBeVisible();
  const card = page.getByRole("region", { name: "会员卡" });
  await expect(card).toContainText("王建华");
  await expect(card).toContainText("江苏华瑞石油机械有限公司工会委员会");
  await expect(page.getByText(/\d{6}\*{11}[\dX]/).first()).toBeVisible();

  // Staff pages send a member back to their own page; other records do not exist for them.
  await page.goto("/members");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto(`/orgs/${await orgIdByName("建湖县总工会")}`);
  await expect(page).toHaveURL(/\/me$/);
  const other = await page.request.get(`/api/v1/members?pageSize=100`);
  const body = await other.json();
  expect(body.total).toBe(1);
  expect(body.data[0].name).toBe("王建华");
});

test("shanggang.staff registers a member, with errors shown in Chinese and nothing lost", async ({ page, loginAs }) => {
  await loginAs("townStaff");
  await page.goto("/members/new");
  await page.getByLabel("姓名").fill("陈晓燕");
  // A fresh valid number each run, and the same number with its check digit broken.
  const idNumber = newIdNumber();
  const broken = idNumber.slice(0, 17) + (idNumber[17] === "0" ? "1" : "0");
  await page.getByLabel("身份证号").fill(broken);
  await page.getByLabel("手机号").fill("13912345670");
  await page.getByLabel("入会日期").fill("2025-04-01");
  await page.getByLabel("所在工会").fill("华瑞石油");
  await page.getByRole("listbox", { name: "工会候选" }).getByRole("option").first().click();
  await page.getByRole("button", { name: /保存|登记/ }).click();
  await expect(page.getByText("身份证号校验位不正确，请核对")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("陈晓燕");

  await page.getByLabel("身份证号").fill(idNumber);
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  await expect(page.locator("#m-id-hint")).toHaveText(`出生日期 ${birth}，性别 ${Number(idNumber[16]) % 2 ? "男" : "女"}`);
  await page.getByRole("button", { name: /保存|登记/ }).click();
  await expect(page).toHaveURL(/\/members\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "陈晓燕" })).toBeVisible();
  await expect(page.getByLabel("脱敏身份证号")).toHaveText(`${idNumber.slice(0, 6)}***********${idNumber.slice(-1)}`);

  await page.getByRole("button", { name: "查看完整号码" }).click();
  await expect(page.getByLabel("完整身份证号")).toHaveText(idNumber);
  await expect(page.getByText("此次查看已记入审计日志")).toBeVisible();
});
