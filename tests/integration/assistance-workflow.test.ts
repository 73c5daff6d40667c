// The grant workflow through the HTTP API: the whole path across the three
// levels of staff, a table of forbidden transitions, self-approval, caps,
// the notice period, concurrent approvals, and the event + audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, sql } from "../helpers/db";
import { PENDING_LABELS, type GrantAction } from "@/lib/assistance/grant-workflow";
import { advance, disburse, endNotice, key, newFund, newGrant, newMember, sandbox, type Sandbox } from "../helpers/assistance";

let s: Sandbox;
let admin: Client;

beforeAll(async () => {
  s = await sandbox();
  admin = await as("admin");
});

const post = (c: Client, id: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/v1/grants/${id}/${action}`, body);

describe("one grant from draft to disbursed", () => {
  it("goes union → town → county, is paid from a fund, and records every step", async () => {
    const member = await newMember(s);
    const fund = await newFund(s, "5000.00");
    const id = await newGrant(s, member, "1200.50");

    const draft = await s.union.get(`/api/v1/grants/${id}`);
    expect(draft.data).toMatchObject({ status: "DRAFT", amount: "1200.50", allowedActions: ["submit", "withdraw"] });
    expect((await s.town.get(`/api/v1/grants/${id}`)).data.allowedActions).toEqual(["submit"]);

    expect((await post(s.union, id, "submit")).data.status).toBe("SUBMITTED");
    expect((await s.county.get(`/api/v1/grants/${id}`)).data.allowedActions).toEqual(["review", "reject"]);
    expect((await post(s.town, id, "review", { reason: "材料齐全，情况属实" })).data.status).toBe("REVIEWED");
    expect((await post(s.county, id, "approve")).data.status).toBe("APPROVED");
    const notice = await post(s.admin, id, "start-notice");
    expect(notice.data).toMatchObject({ status: "NOTICE" });
    expect(notice.data.noticeEndsOn > notice.data.noticeStartsOn).toBe(true);

    // Not before the notice period has ended.
    const early = await disburse(s.admin, id, fund);
    expect(early.status).toBe(409);
    expect(early.data.error.message).toMatch(/公示期未满/);
    await endNotice(id);

    const paid = await disburse(s.admin, id, fund, key(), "BANK-2026-001");
    expect(paid.status, JSON.stringify(paid.data)).toBe(200);
    expect(paid.data.entry).toMatchObject({ kind: "DISBURSEMENT", amount: "-1200.50", paymentRef: "BANK-2026-001", grantId: id });
    expect(paid.data.grant).toMatchObject({ status: "DISBURSED", fundId: fund, paymentRef: "BANK-2026-001" });
    expect((await s.admin.get(`/api/v1/funds/${fund}`)).data.balance).toBe("3799.50");

    const events = await sql().query(`SELECT from_status, to_status, reason FROM grant_event WHERE grant_id = $1 ORDER BY id`, [id]);
    expect(events.rows.map((e) => `${e.from_status ?? ""}>${e.to_status}`)).toEqual([">DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>REVIEWED", "REVIEWED>APPROVED", "APPROVED>NOTICE", "NOTICE>DISBURSED"]);
    expect(events.rows[2].reason).toBe("材料齐全，情况属实");
    const audit = await sql().query(`SELECT action FROM audit_log WHERE entity_type = 'grant' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.rows.map((a) => a.action)).toEqual(["grant.create", "grant.submit", "grant.review", "grant.approve", "grant.start-notice", "grant.disburse"]);

    // The list builds its rows apart from the record's page (lib/assistance/grants.ts): its row is the record's, every person named.
    const { events: _e, entries: _n, allowedActions: _a, ...record } = (await s.county.get(`/api/v1/grants/${id}`)).data;
    const list = await s.county.get(`/api/v1/grants?memberId=${member}`);
    expect(list.data.data).toEqual([record]);
    expect([record.createdBy, record.submittedBy, record.reviewedBy, record.approvedBy, record.disbursedBy].every((p) => typeof p?.name === "string" && p.name !== "（已删除账号）")).toBe(true);
    expect(record).toMatchObject({ fundId: fund, fundName: expect.any(String), status: "DISBURSED", amount: "1200.50" });
  });
});

describe("forbidden transitions through the API", () => {
  // [state reached, who, action, expected status]
  const TABLE: [string, "union" | "town" | "county" | "admin" | "leader", string, number][] = [
    ["DRAFT", "union", "review", 409],
    ["DRAFT", "county", "approve", 409],
    ["DRAFT", "admin", "start-notice", 409],
    ["DRAFT", "town", "reject", 409],
    ["DRAFT", "town", "withdraw", 403],
    ["SUBMITTED", "union", "submit", 409],
    ["SUBMITTED", "union", "review", 403],
    ["SUBMITTED", "county", "approve", 409],
    ["SUBMITTED", "leader", "review", 403],
    ["REVIEWED", "town", "approve", 403],
    ["REVIEWED", "town", "reject", 403],
    ["REVIEWED", "county", "start-notice", 409],
    ["APPROVED", "union", "withdraw", 409],
    ["APPROVED", "town", "start-notice", 403],
    ["APPROVED", "county", "approve", 409],
    ["NOTICE", "county", "withdraw", 409],
    ["NOTICE", "union", "reject", 403],
  ];
  // One grant per state serves every row of that state: a refused request changes nothing.
  const byState = new Map<string, Promise<string>>();
  const grantIn = (state: string) => {
    if (!byState.has(state)) {
      byState.set(state, (async () => {
        const id = await newGrant(s, await newMember(s));
        if (state !== "DRAFT") await advance(s, id, state as "SUBMITTED");
        return id;
      })());
    }
    return byState.get(state)!;
  };
  it.each(TABLE)("%s: %s %s → %i", async (state, who, action, status) => {
    const id = await grantIn(state);
    const client = who === "leader" ? await as("jianhu.leader") : s[who];
    const body = action === "reject" || action === "withdraw" ? { reason: "测试原因" } : {};
    const r = await post(client, id, action, body);
    expect(r.status, JSON.stringify(r.data)).toBe(status);
    expect(r.data.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await s.county.get(`/api/v1/grants/${id}`)).data.status).toBe(state);
  });

  it("requires a reason to reject or withdraw, and records it", async () => {
    const id = await newGrant(s, await newMember(s));
    await advance(s, id, "SUBMITTED");
    const none = await post(s.town, id, "reject", {});
    expect(none.status).toBe(400);
    expect(none.data.error.fields.reason).toBeTruthy();
    const r = await post(s.town, id, "reject", { reason: "家庭收入高于救助标准" });
    expect(r.data).toMatchObject({ status: "REJECTED", decisionReason: "家庭收入高于救助标准" });
    expect(r.data.allowedActions).toEqual([]);
    const w = await newGrant(s, await newMember(s));
    expect((await post(s.union, w, "withdraw", { reason: "录入有误" })).data.status).toBe("WITHDRAWN");
  });

  it("lets only drafts be edited, by the side that asks", async () => {
    const id = await newGrant(s, await newMember(s));
    expect((await s.union.patch(`/api/v1/grants/${id}`, { amount: "900" })).data.amount).toBe("900.00");
    expect((await s.county.patch(`/api/v1/grants/${id}`, { amount: "950" })).status).toBe(403);
    await advance(s, id, "SUBMITTED");
    expect((await s.union.patch(`/api/v1/grants/${id}`, { amount: "1000" })).status).toBe(409);
  });
});

describe("self-approval", () => {
  it("is refused: whoever entered or submitted a grant cannot review or approve it, nor the reviewer approve", async () => {
    const member = await newMember(s);
    const id = await newGrant(s, member, "800", "WARMTH", s.county); // county staff enters it themselves
    expect((await post(s.county, id, "submit")).status).toBe(200);
    const review = await post(s.county, id, "review");
    expect(review.status).toBe(403);
    expect(review.data.error.message).toMatch(/录入|提交/);
    expect((await post(s.admin, id, "review")).status).toBe(200); // another county user reviews
    const approve = await post(s.county, id, "approve");
    expect(approve.status).toBe(403);
    expect((await post(s.admin, id, "approve")).status).toBe(403); // the reviewer may not approve either
    expect((await post(admin, id, "approve")).status).toBe(200); // a third person can
    expect((await s.county.get(`/api/v1/grants/${id}`)).data.approvedBy.name).toBe("省总工会管理员");
  });
});

describe("caps (policy per kind)", () => {
  it("refuses a grant above the per-grant cap at submission", async () => {
    const id = await newGrant(s, await newMember(s), "2500.00"); // 送温暖: ¥2,000 a grant
    const r = await post(s.union, id, "submit");
    expect(r.status).toBe(409);
    expect(r.data.error.message).toMatch(/单笔不能超过 ¥2,000.00/);
    expect(r.data.error.fields.amount).toBeTruthy();
  });

  it("refuses what would take a household over its yearly cap, counting all but rejected and withdrawn grants", async () => {
    const member = await newMember(s);
    const a = await newGrant(s, member, "2000.00");
    await advance(s, a, "SUBMITTED");
    const b = await newGrant(s, member, "1000.00");
    await advance(s, b, "SUBMITTED"); // 3,000: exactly the cap
    const c = await newGrant(s, member, "0.01");
    const over = await post(s.union, c, "submit");
    expect(over.status).toBe(409);
    expect(over.data.error.message).toMatch(/每户每年上限 ¥3,000.00/);
    // A rejected grant no longer counts.
    await post(s.town, b, "reject", { reason: "测试驳回" });
    expect((await post(s.union, c, "submit")).status).toBe(200);
  });

  it("checks again at approval (the policy may have changed meanwhile)", async () => {
    const member = await newMember(s);
    const id = await newGrant(s, member, "1500.00", "OTHER");
    await advance(s, id, "REVIEWED");
    const before = (await admin.get("/api/v1/grants/policies")).data.data.find((p: { kind: string }) => p.kind === "OTHER");
    try {
      expect((await admin.patch("/api/v1/grants/policies/OTHER", { maxAmount: "1000.00" })).status).toBe(200);
      const r = await post(s.county, id, "approve");
      expect(r.status).toBe(409);
      expect(r.data.error.message).toMatch(/单笔不能超过 ¥1,000.00/);
    } finally {
      await admin.patch("/api/v1/grants/policies/OTHER", { maxAmount: before.maxAmount, maxPerHouseholdYear: before.maxPerHouseholdYear });
    }
    expect((await post(s.county, id, "approve")).status).toBe(200);
  });

  it("requires an in-file hardship file where the kind's policy says so", async () => {
    const member = await newMember(s);
    const noFile = await s.union.post("/api/v1/grants", { memberId: member, kind: "LIVING", amount: "500", reason: "生活困难" });
    expect(noFile.status).toBe(400);
    expect(noFile.data.error.fields.fileId).toBeTruthy();
    const file = await s.union.post("/api/v1/hardship-files", { memberId: member, category: "RELATIVE", cause: "LOW_INCOME", householdSize: 3, householdIncome: "24000" });
    const g = await s.union.post("/api/v1/grants", { memberId: member, kind: "LIVING", amount: "500", reason: "生活困难", fileId: file.data.id });
    expect(g.status).toBe(201);
    const pending = await post(s.union, g.data.id, "submit");
    expect(pending.status).toBe(409); // the file is still pending verification
    expect(pending.data.error.message).toMatch(/在档/);
    await s.union.post(`/api/v1/hardship-files/${file.data.id}/visits`, { visitedOn: "2026-01-05", visitors: "测试走访人", conclusion: "CONFIRMED" });
    expect((await s.union.post(`/api/v1/hardship-files/${file.data.id}/status`, { status: "IN_FILE" })).status).toBe(200);
    expect((await post(s.union, g.data.id, "submit")).status).toBe(200);
  });
});

describe("concurrency", () => {
  it("two concurrent approvals of one grant result in exactly one", async () => {
    const id = await newGrant(s, await newMember(s));
    await advance(s, id, "REVIEWED");
    const results = await Promise.all([post(s.county, id, "approve"), post(admin, id, "approve"), post(s.county, id, "approve"), post(admin, id, "approve")]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    const n = await one<{ n: number }>(`SELECT count(*)::int AS n FROM grant_event WHERE grant_id = $1 AND to_status = 'APPROVED'`, [id]);
    expect(n.n).toBe(1);
  });

  it("a stale version is refused", async () => {
    const id = await newGrant(s, await newMember(s));
    const v = (await s.union.get(`/api/v1/grants/${id}`)).data.version;
    await s.union.patch(`/api/v1/grants/${id}`, { reason: "修改理由" });
    const r = await post(s.union, id, "submit", { version: v });
    expect(r.status).toBe(409);
  });
});

describe("queue", () => {
  it("shows each person exactly what awaits them", async () => {
    const id = await newGrant(s, await newMember(s));
    const inQueue = async (c: Client, action: string) =>
      (await c.get(`/api/v1/assistance/queue?orgId=${c === s.union ? s.unionId : s.townId}`)).data.grants.find((g: { action: string }) => g.action === action).data.some((g: { id: string }) => g.id === id);
    expect(await inQueue(s.union, "submit")).toBe(true);
    await advance(s, id, "SUBMITTED");
    expect(await inQueue(s.union, "submit")).toBe(false);
    expect(await inQueue(s.town, "review")).toBe(true);
    expect(await inQueue(s.union, "review")).toBe(false);
    expect((await post(s.town, id, "review")).status).toBe(200);
    expect(await inQueue(s.county, "approve")).toBe(true);
    expect(await inQueue(s.town, "approve")).toBe(false);
  });

  it("is counted per step on the overview /assistance as the queue counts it", async () => {
    await advance(s, await newGrant(s, await newMember(s)), "SUBMITTED");
    const queue = (await s.town.get(`/api/v1/assistance/queue?orgId=${s.townId}`)).data.grants as { action: GrantAction; total: number }[];
    const waiting = queue.filter((g) => g.total > 0);
    expect(waiting.map((g) => g.action)).toContain("review");
    const page = await s.town.get("/assistance");
    expect(page.status).toBe(200);
    const html = String(page.data).replace(/<!-- -->/g, "");
    for (const g of waiting) expect(html, g.action).toMatch(new RegExp(`${PENDING_LABELS[g.action]}<span[^>]*>${g.total}</span> 件`));
    expect(html).toContain(`${queue.reduce((n, g) => n + g.total, 0)} 件`);
  });
});
