// A member on a phone: signs in, sees their benefits, applies for 金秋助学,
// and sees the application move as union staff act on it.
import { expect, test } from "./fixtures";
import { as } from "../helpers/http";
import { all, one } from "../helpers/db";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function grantStep(username: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const { version } = await one<{ version: number }>('SELECT version FROM "grant" WHERE id = $1', [id]);
  const r = await (await as(username)).post(`/api/v1/grants/${id}/${action}`, { ...body, version });
  expect(r.status, JSON.stringify(r.data)).toBe(200);
}

test("member 13800000001 applies for 金秋助学 on a phone and follows it", async ({ page, loginAs }) => {
  // Earlier runs against the same database may have left an open application.
  const member = await as("13800000001");
  for (const a of (await member.get("/api/v1/me/applications")).data.data) {
    if (a.canWithdraw) await member.post(`/api/v1/me/applications/${a.id}/withdraw`, { reason: "测试前清理" });
  }

  await loginAs("member");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("region", { name: "会员卡" })).toContainText("王建华");

  const tabs = page.getByRole("navigation", { name: "会员服务" });
  await tabs.getByRole("link", { name: "我的权益" }).click();
  await expect(page.getByRole("heading", { name: "我的权益" })).toBeVisible();
  await expect(page.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByText(/\d{4}年/).first()).toBeVisible();

  await tabs.getByRole("link", { name: "我的申请" }).click();
  await page.getByRole("link", { name: "我要申请" }).click();
  await page.getByLabel("申请类别").selectOption("EDUCATION");
  await page.getByLabel("申请金额（元）").fill("3000");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("请填写子女姓名")).toBeVisible();

  await page.getByLabel("子女姓名").fill("王思远");
  await page.getByLabel("录取学校").fill("南京工业大学");
  await page.getByLabel("入学年份").fill("2026");
  await page.getByLabel("录取专业").fill("机械工程");
  await page.getByLabel("录取通知书编号").fill("2026320925001");
  await page.getByLabel("申请理由").fill("孩子今年考入大学，家中妻子长期患病，学费负担较重，申请金秋助学");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page).toHaveURL(/\/me\/applications$/);
  const status = page.getByLabel(/^办理状态/).first();
  await expect(status).toHaveText("待所在工会核实");

  // The member's enterprise union links the hardship file and submits it; the town reviews it.
  const g = await one<{ id: string }>(
    `SELECT g.id FROM "grant" g JOIN member m ON m.id = g.member_id
     WHERE m.phone = '13800000001' AND g.kind = 'EDUCATION' AND g.status = 'DRAFT' ORDER BY g.created_at DESC LIMIT 1`,
  );
  const file = await one<{ id: string }>(
    "SELECT f.id FROM hardship_file f JOIN member m ON m.id = f.member_id WHERE m.phone = '13800000001' AND f.status IN ('PENDING','IN_FILE')",
  );
  const union = await as("huarui.staff");
  const { version } = await one<{ version: number }>('SELECT version FROM "grant" WHERE id = $1', [g.id]);
  expect((await union.patch(`/api/v1/grants/${g.id}`, { fileId: file.id, version })).status).toBe(200);
  await grantStep("huarui.staff", g.id, "submit");
  await page.reload();
  await expect(page.getByLabel(/^办理状态/).first()).toHaveText("镇（街道）工会审核中");

  await grantStep("shanggang.staff", g.id, "review", { reason: "情况属实" });
  await page.reload();
  await expect(page.getByLabel(/^办理状态/).first()).toHaveText("县（区）总工会审批中");
  await expect(page.getByText("情况属实")).toBeVisible();
});

test("the member's profile forms: the schema's messages in the browser, the server's refusal under its field", async ({ page, loginAs }) => {
  // A request left pending by another spec (the desk's) disables the correction form: decline it first.
  const staff = await as("shanggang.staff");
  const open = await all<{ id: string }>("SELECT r.id FROM profile_change_request r JOIN member m ON m.id = r.member_id WHERE m.phone = '13800000001' AND r.status = 'PENDING'");
  for (const r of open) expect((await staff.post(`/api/v1/change-requests/${r.id}/decision`, { approve: false, note: "测试前清理" })).status).toBe(200);

  await loginAs("member");
  await page.goto("/me/profile");
  await page.waitForLoadState("networkidle");
  // The forms' script loads with the click that opens them, not with the page.
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") r.text().then((t) => scripts.push(t), () => {});
  });

  await page.getByRole("button", { name: "修改手机号" }).click();
  const phone = page.getByLabel("新手机号");
  await expect(phone).toBeFocused();
  await expect.poll(() => scripts.some((t) => t.includes("手机号应为11位"))).toBe(true);
  await phone.fill("123");
  await page.getByRole("button", { name: "更新手机号" }).click();
  await expect(page.getByText("手机号应为11位，以1开头")).toBeVisible();

  // The schema accepts the member's own number; the server refuses it, and says so under the field.
  await phone.fill("13800000001");
  await page.getByRole("button", { name: "更新手机号" }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#new-phone-error")).toHaveText("新手机号与原手机号相同");

  await page.getByRole("button", { name: "取消" }).click();
  await expect(phone).toBeHidden();

  // A blank request is refused in the browser; a note longer than 500 characters is refused, not cut.
  await page.getByRole("button", { name: "申请更正" }).click();
  const submit = page.getByRole("button", { name: "提交更正申请" });
  await submit.click();
  await expect(page.getByText("请至少填写一项需要更正的信息")).toBeVisible();
  await page.getByLabel("说明", { exact: true }).fill("说".repeat(501));
  await expect(page.getByLabel("说明", { exact: true })).toHaveValue("说".repeat(501));
  await submit.click();
  await expect(page.getByText("说明不能超过500字")).toBeVisible();
});
