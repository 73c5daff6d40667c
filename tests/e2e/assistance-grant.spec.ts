// One grant from draft to disbursed across the three levels of staff, as
// people do it in the browser: the enterprise union enters and submits it,
// the town (上冈镇) reviews, the county (建湖县) approves and starts the public
// notice; once the notice period is over (shifted in the database by the test),
// a county administrator pays it and the fund's balance drops by the amount.
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { one, orgIdByName, sql } from "../helpers/db";
import { memberInput, newPhone } from "../helpers/fixtures";

async function as(browser: Browser, username: string): Promise<Page> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, username);
  return page;
}

async function act(page: Page, button: string, confirm: string, opinion?: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (opinion) await dialog.getByRole("textbox").fill(opinion);
  await dialog.getByRole("button", { name: confirm }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

const balance = async (fundId: string) => (await one<{ b: string }>("SELECT COALESCE(SUM(amount), 0)::text AS b FROM ledger_entry WHERE fund_id = $1", [fundId])).b;

test("a 送温暖 grant goes from draft to disbursed across enterprise, town and county staff", async ({ browser }) => {
  test.setTimeout(180_000);
  const huarui = await orgIdByName("江苏华瑞石油机械有限公司工会委员会");
  const jianhu = await orgIdByName("建湖县总工会");
  const fund = (await one<{ id: string }>("SELECT id FROM fund WHERE org_id = $1 AND year = 2026 AND source = 'ALLOCATION'", [jianhu])).id;

  // 1. Enterprise union staff enter the grant for a worker of their union, and submit it.
  const enterprise = await as(browser, "huarui.staff");
  const phone = newPhone();
  const created = await enterprise.request.post("/api/v1/members", { data: memberInput(huarui, { name: "陈立新", phone }) });
  expect(created.status()).toBe(201);
  await enterprise.goto("/assistance/grants/new");
  await enterprise.getByLabel("救助对象").fill(phone);
  await enterprise.getByRole("listbox", { name: "会员候选" }).getByRole("option").first().click();
  await enterprise.getByLabel("救助类别").selectOption("WARMTH");
  await enterprise.getByLabel("救助金额（元）").fill("800");
  await enterprise.getByLabel("申请理由").fill("春节送温暖：本人长期患病，家庭生活困难");
  await enterprise.getByRole("button", { name: "保存为草稿" }).click();
  await expect(enterprise).toHaveURL(/\/assistance\/grants\/[0-9a-f-]{36}$/);
  const grantUrl = new URL(enterprise.url()).pathname;
  const grantId = grantUrl.split("/").pop()!;
  const h1 = (p: Page) => p.getByRole("heading", { level: 1 });
  await expect(h1(enterprise)).toContainText("草稿", { timeout: 30_000 });
  await expect(enterprise.getByText("¥800.00").first()).toBeVisible();
  await act(enterprise, "提交", "确认提交");
  await expect(h1(enterprise)).toContainText("已提交", { timeout: 30_000 });
  await expect(enterprise.getByRole("button", { name: "审核通过" })).toHaveCount(0);

  // 2. The town union reviews it, from its queue.
  const town = await as(browser, "shanggang.staff");
  await town.goto("/assistance/queue");
  await town.locator(`a[href="${grantUrl}"]`).first().click();
  await expect(h1(town)).toContainText("已提交", { timeout: 30_000 });
  await act(town, "审核通过", "确认审核通过", "经走访核实，情况属实");
  await expect(h1(town)).toContainText("已审核", { timeout: 30_000 });

  // 3. The county approves and starts the public notice; it cannot pay yet.
  const county = await as(browser, "jianhu.staff");
  await county.goto("/assistance/queue");
  await county.locator(`a[href="${grantUrl}"]`).first().click();
  await act(county, "审批通过", "确认审批通过");
  await expect(h1(county)).toContainText("已审批", { timeout: 30_000 });
  await act(county, "开始公示", "确认开始公示");
  await expect(h1(county)).toContainText("公示中", { timeout: 30_000 });
  await expect(county.getByText(/期满次日起可以发放/)).toBeVisible();
  await expect(county.getByRole("button", { name: "发放", exact: true })).toHaveCount(0);

  // 4. Five days later (the test moves the notice into the past)…
  await sql().query(
    `UPDATE "grant" SET notice_starts_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 7, notice_ends_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 3 WHERE id = $1`,
    [grantId],
  );

  // 5. …a county administrator pays it from the county fund.
  const admin = await as(browser, "jianhu.admin");
  await admin.goto(grantUrl);
  const before = await balance(fund);
  await admin.getByRole("button", { name: "发放", exact: true }).click();
  const dialog = admin.getByRole("dialog");
  await expect(dialog.getByLabel("支出资金").locator(`option[value="${fund}"]`)).toHaveCount(1);
  await dialog.getByLabel("支出资金").selectOption(fund);
  await dialog.getByLabel("支付凭证号").fill(`E2E-${Date.now()}`);
  await dialog.getByRole("button", { name: /确认发放/ }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(h1(admin)).toContainText("已发放", { timeout: 30_000 });
  await expect(admin.getByRole("cell", { name: "-¥800.00" })).toBeVisible();

  const after = await balance(fund);
  const fen = (s: string) => BigInt(s.replace(".", ""));
  expect(fen(before) - fen(after)).toBe(BigInt(80000));
  await admin.goto(`/assistance/funds/${fund}`);
  await expect(admin.getByRole("cell", { name: "陈立新" }).or(admin.getByRole("link", { name: /陈立新/ })).first()).toBeVisible();

  // The timeline shows every step and who took it.
  await admin.goto(grantUrl);
  for (const who of ["刘晓芳", "周晓明", "朱海燕", "建湖县总工会管理员"]) await expect(admin.getByText(who).first()).toBeVisible();
  const steps = await sql().query("SELECT to_status FROM grant_event WHERE grant_id = $1 ORDER BY id", [grantId]);
  expect(steps.rows.map((r) => r.to_status)).toEqual(["DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "NOTICE", "DISBURSED"]);
});
