// A sandbox for the assistance tests: a new town under 建湖县 with one union,
// staff accounts of its own (town and union level), members and funds — all
// created through the API except the two accounts (there is no API for users;
// they reuse the demo password's hash). Nothing here collides across runs.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { as, type Client } from "./http";
import { one, orgIdByName, sql } from "./db";
import { memberInput } from "./fixtures";

export type Sandbox = {
  tag: string;
  townId: number;
  unionId: number;
  /** Union staff: enters and submits. */
  union: Client;
  /** Town staff: reviews. */
  town: Client;
  /** County staff: approves. */
  county: Client;
  /** County administrator: starts the notice, pays, reconciles. */
  admin: Client;
};

export const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function account(username: string, displayName: string, orgId: number) {
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     SELECT $1, $2, password_hash, 'STAFF', $3, now() FROM app_user WHERE username = 'jianhu.staff'`,
    [username, displayName, orgId],
  );
  return as(username);
}

export async function sandbox(): Promise<Sandbox> {
  const tag = suffix();
  const county = await as("jianhu.staff");
  const admin = await as("jianhu.admin");
  const jianhu = await orgIdByName("建湖县总工会");
  const town = await county.post("/api/v1/organisations", { parentId: jianhu, name: `测试${tag}镇总工会`, level: "TOWN", kind: "FEDERATION" });
  expect(town.status, JSON.stringify(town.data)).toBe(201);
  const union = await county.post("/api/v1/organisations", { parentId: town.data.id, name: `测试${tag}机械有限公司工会委员会`, level: "GRASSROOTS", kind: "INDEPENDENT" });
  expect(union.status).toBe(201);
  return {
    tag,
    townId: town.data.id,
    unionId: union.data.id,
    union: await account(`u${tag}`, "测试企业工会干部", union.data.id),
    town: await account(`t${tag}`, "测试镇工会干部", town.data.id),
    county,
    admin,
  };
}

export async function newMember(s: Sandbox): Promise<string> {
  const r = await s.union.post("/api/v1/members", memberInput(s.unionId, { name: "测试职工" }));
  expect(r.status, JSON.stringify(r.data)).toBe(201);
  return r.data.id;
}

/** A fund of the sandbox town with money in it (allocated through the API). */
export async function newFund(s: Sandbox, allocate: string | null, source: "OWN" | "ALLOCATION" | "DONATION" = "OWN", year = 2026): Promise<string> {
  const f = await s.admin.post("/api/v1/funds", { orgId: s.townId, year, source, name: `测试资金${s.tag}`, budget: "100000.00" });
  expect(f.status, JSON.stringify(f.data)).toBe(201);
  if (allocate) {
    const a = await s.admin.post(`/api/v1/funds/${f.data.id}/allocations`, { amount: allocate, note: "测试拨入" });
    expect(a.status).toBe(201);
  }
  return f.data.id;
}

export async function newGrant(s: Sandbox, memberId: string, amount = "800", kind = "WARMTH", by: Client = s.union) {
  const r = await by.post("/api/v1/grants", { memberId, kind, amount, reason: "测试帮扶申请" });
  expect(r.status, JSON.stringify(r.data)).toBe(201);
  return r.data.id as string;
}

const STEPS = ["submit", "review", "approve", "start-notice"] as const;
type Stop = "SUBMITTED" | "REVIEWED" | "APPROVED" | "NOTICE";
const STOP_AFTER: Record<Stop, number> = { SUBMITTED: 1, REVIEWED: 2, APPROVED: 3, NOTICE: 4 };

/** Moves a draft through the workflow with the right person at each step. */
export async function advance(s: Sandbox, grantId: string, to: Stop, opts: { noticeOver?: boolean } = {}) {
  const who = { submit: s.union, review: s.town, approve: s.county, "start-notice": s.admin };
  for (const step of STEPS.slice(0, STOP_AFTER[to])) {
    const r = await who[step].post(`/api/v1/grants/${grantId}/${step}`, {});
    expect(r.status, `${step}: ${JSON.stringify(r.data)}`).toBe(200);
  }
  if (to === "NOTICE" && opts.noticeOver) await endNotice(grantId);
}

/** A grant of a new member, through the workflow up to a public notice that is over: ready to be paid. */
export async function noticeOverGrant(s: Sandbox, amount = "1000.00") {
  const id = await newGrant(s, await newMember(s), amount);
  await advance(s, id, "NOTICE", { noticeOver: true });
  return id;
}

/** How many payment entries a grant has (reversed or not). */
export async function payments(grantId: string): Promise<number> {
  return (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ledger_entry WHERE grant_id = $1 AND kind = 'DISBURSEMENT'`, [grantId])).n;
}

/** The notice period ended two days ago (what a test cannot wait five days for). */
export async function endNotice(grantId: string) {
  await sql().query(
    `UPDATE "grant" SET notice_starts_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 7, notice_ends_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 3 WHERE id = $1`,
    [grantId],
  );
}

export const key = () => `test-${randomUUID()}`;

export async function disburse(c: Client, grantId: string, fundId: string, idempotencyKey = key(), paymentRef = `T${suffix()}`) {
  return c.post(`/api/v1/grants/${grantId}/disburse`, { fundId, paymentRef }, { "idempotency-key": idempotencyKey });
}

/** The fund's balance straight from the ledger (the test's own check, not the API's). */
export async function ledgerBalance(fundId: string): Promise<string> {
  return (await one<{ b: string }>("SELECT COALESCE(SUM(amount), 0)::text AS b FROM ledger_entry WHERE fund_id = $1", [fundId])).b;
}

export async function lowestRunningBalance(fundId: string): Promise<string> {
  return (
    await one<{ m: string }>(
      "SELECT COALESCE(MIN(b), 0)::text AS m FROM (SELECT SUM(amount) OVER (ORDER BY id) AS b FROM ledger_entry WHERE fund_id = $1) t",
      [fundId],
    )
  ).m;
}
