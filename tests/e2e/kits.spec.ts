// The list and form kits as staff use them: the member list's sticky header,
// page size and drill-down chips; registering a member (a future 入会日期
// refused, 保存成功 and 继续登记); the desk on 首页 leading to a member's
// pending correction request.
import { expect, expectDrillChips, test } from "./fixtures";
import { as } from "../helpers/http";
import { one } from "../helpers/db";
import { newIdNumber } from "../helpers/fixtures";

test("the member list keeps its header row in view, offers 50 a page and names a drill-down's filters", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs("staff");
  await page.goto("/members");
  // As it opens the list shows the counted members (the 会员数 of 首页 and the dashboard), and says so.
  await expect(page.getByText("显示在会会员（即首页、数据看板的会员数）")).toBeVisible();
  await expect(page.getByLabel("状态", { exact: true })).toHaveValue("");
  const table = page.getByRole("table", { name: "会员名册" });
  await expect(table.getByRole("row")).toHaveCount(21); // header + 20

  await page.getByLabel("每页", { exact: true }).selectOption("50");
  await page.getByRole("button", { name: "跳转" }).click();
  await expect(page).toHaveURL(/pageSize=50/);
  await expect(table.getByRole("row")).toHaveCount(51);
  await expect(page.getByRole("link", { name: "回到顶部 ↑" })).toHaveAttribute("href", "#list-top");

  // Scrolled to its last row, the table still shows its header row at the top of its box.
  const region = table.locator("xpath=ancestor::div[@data-scroll-box][1]");
  // The box fits the window: bring all of it on screen, then scroll inside it to its end.
  await region.evaluate((el) => {
    el.scrollIntoView({ block: "end" });
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.getByRole("row").last()).toBeInViewport();
  const header = table.getByRole("columnheader", { name: /姓名/ });
  const [box, head] = [await region.boundingBox(), await header.boundingBox()];
  expect(head!.y).toBeGreaterThanOrEqual(box!.y - 1);
  expect(head!.y).toBeLessThan(box!.y + 5);
  await expect(header).toBeInViewport();
  // No column hidden sideways at 1440 px: the last column's header is on screen.
  await expect(table.getByRole("columnheader", { name: "群体" })).toBeInViewport();

  await page.goto("/members?status=ACTIVE&joinedTo=2026-10-31&back=%2Fdashboard%3Fperiod%3D2026");
  const chips = await expectDrillChips(page, ["状态：在会", "入会日期（止）：2026-10-31"], "/dashboard?period=2026");
  await chips.getByRole("link", { name: "取消筛选：状态" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page).toHaveURL(/joinedTo=2026-10-31/);
  // Every status is one choice away, and named as what is shown.
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "全部状态" });
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/status=ALL/);
  await expect(page.getByRole("group", { name: "当前筛选" }).getByText("状态：全部状态")).toBeVisible();
  await expect(page.getByText("显示全部状态的会员")).toBeVisible();
});

test("registering a member: a future 入会日期 is refused, then 保存成功 and 继续登记", async ({ page, loginAs }) => {
  await loginAs("townStaff");
  await page.goto("/members/new");
  await page.getByLabel("姓名").fill("周雨桐");
  await page.getByLabel("身份证号").fill(newIdNumber());
  await page.getByLabel("手机号").fill("13912345671");
  await page.getByLabel("入会日期").fill("2099-01-01");
  await page.getByLabel("所在工会").fill("华瑞石油");
  await page.getByRole("listbox", { name: "工会候选" }).getByRole("option").first().click();
  await page.getByRole("button", { name: "登记会员" }).click();
  await expect(page.getByText("入会日期不能晚于今天")).toBeVisible();
  await expect(page).toHaveURL(/\/members\/new$/);

  await page.getByLabel("入会日期").fill("2025-04-01");
  await page.getByRole("button", { name: "登记会员" }).click();
  await expect(page).toHaveURL(/\/members\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").getByText("保存成功")).toBeVisible();
  await page.getByRole("link", { name: "继续登记 →" }).click();
  await expect(page).toHaveURL(/\/members\/new$/);
  await expect(page.getByLabel("姓名")).toHaveValue("");
});

test("the server refuses a future 入会日期 with the form's own message", async () => {
  const staff = await as("shanggang.staff");
  const union = await one<{ id: number }>("SELECT id FROM organisation WHERE name LIKE '%华瑞石油%' AND level = 'GRASSROOTS' LIMIT 1");
  const r = await staff.post("/api/v1/members", { name: "周雨桐", idNumber: newIdNumber(), phone: "13912345672", joinedOn: "2099-01-01", orgId: union.id, groups: [] });
  expect(r.status).toBe(400);
  expect(r.data.error.fields.joinedOn).toBe("入会日期不能晚于今天");
});

test("the desk shows a member's pending correction request and leads to it", async ({ page, loginAs }) => {
  const member = await as("13800000001");
  const sent = await member.post("/api/v1/me/change-requests", { name: "王建平", note: "户口本已更名" });
  expect([201, 409]).toContain(sent.status); // 409: one is already pending, which is what the desk must show
  const pending = await one<{ n: number }>("SELECT count(*)::int AS n FROM profile_change_request r JOIN member m ON m.id = r.member_id WHERE m.phone = '13800000001' AND r.status = 'PENDING'");
  expect(pending.n).toBeGreaterThan(0);

  await loginAs("staff");
  const item = page.getByRole("link", { name: /会员信息更正申请/ });
  await expect(item).toBeVisible();
  const count = Number((await item.innerText()).match(/([\d,]+)\s*$/)![1].replace(/,/g, ""));
  expect(count).toBeGreaterThanOrEqual(pending.n);
  await item.click();
  await expect(page).toHaveURL(/\/members\/change-requests$/);
  await expect(page.getByText("王建华").first()).toBeVisible();
});

test("退会 on the kit: the schema's message, a confirmation before anything is sent, then the message above the page", async ({ page, loginAs }) => {
  const staff = await as("shanggang.staff");
  const union = await one<{ id: number }>("SELECT id FROM organisation WHERE name LIKE '%华瑞石油%' AND level = 'GRASSROOTS' LIMIT 1");
  const made = await staff.post("/api/v1/members", { name: "退会测试", idNumber: newIdNumber(), phone: `139${String(Date.now()).slice(-8)}`, joinedOn: "2020-03-01", orgId: union.id, groups: [] });
  expect(made.status, JSON.stringify(made.data)).toBe(201);

  await loginAs("staff");
  await page.goto(`/members/${made.data.id}`);
  await page.getByRole("button", { name: "退会", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /办理退会/ });
  await dialog.getByRole("button", { name: "下一步" }).click();
  await expect(dialog.getByText("请填写退会原因")).toBeVisible();
  await dialog.getByLabel("原因").fill("本人申请");
  await dialog.getByRole("button", { name: "下一步" }).click();
  const confirm = page.getByRole("dialog", { name: "确认办理退会" });
  await expect(confirm).toBeVisible();
  const before = await one<{ status: string }>("SELECT status::text FROM member WHERE id = $1", [made.data.id]);
  expect(before.status).toBe("ACTIVE"); // nothing sent before the confirmation
  await confirm.getByRole("button", { name: "确认退会" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已办理退会。" })).toBeVisible();
  await expect.poll(async () => (await one<{ status: string }>("SELECT status::text FROM member WHERE id = $1", [made.data.id])).status).toBe("LEFT");
});

test("a list asked for something it cannot answer says so, without totals it did not compute", async ({ page, loginAs }) => {
  await loginAs("staff");
  // A union number past PostgreSQL's int4 once reached the database: a 500 page.
  const res = await page.goto("/trainings?orgId=99999999999");
  expect(res?.status()).toBe(200);
  await expect(page.getByText("查询条件有误：编号超出范围")).toBeVisible();
  await expect(page.getByText("无法查询")).toBeVisible();
  await expect(page.getByRole("region", { name: "合计" })).toHaveCount(0);
  // The same list, asked properly, has its totals.
  await page.goto("/trainings");
  await expect(page.getByRole("region", { name: "合计" })).toBeVisible();
});
