// The collective-contract lifecycle (lib/contracts/contract-workflow.ts): every
// allowed and every forbidden step, from an expectation table written out here
// independently of the module's own table, and each step's rules.
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import {
  allowedTargets,
  checkTransition,
  isInForceOn,
  isLapsed,
  latestEffectiveTo,
  type ContractState,
  type TransitionInput,
} from "@/lib/contracts/contract-workflow";
import { CONTRACT_STATUSES, type ContractStatus } from "@/lib/contracts/labels";
import { ContractCreateSchema, ContractTransitionSchema, TRANSITION_SCHEMAS } from "@/lib/contracts/schema";
import { fieldErrors } from "@/lib/validation/zod";

const TODAY = "2026-06-15";

/** What the domain says (DOMAIN.md, the issue): the only steps there are. */
const ALLOWED = new Set([
  "OFFERED>NEGOTIATING",
  "NEGOTIATING>CONGRESS_APPROVED",
  "CONGRESS_APPROVED>SIGNED",
  "SIGNED>SUBMITTED",
  "SUBMITTED>IN_FORCE",
  "SUBMITTED>NEGOTIATING", // the bureau objects: back to negotiation
  "IN_FORCE>EXPIRED",
  "IN_FORCE>RENEWED",
  "EXPIRED>RENEWED",
]);

/** A well-formed request for each target, so that only the state decides. */
function validInput(to: ContractStatus): TransitionInput {
  const on = TODAY;
  switch (to) {
    case "CONGRESS_APPROVED":
      return { to, on, votesFor: 40, votesAgainst: 3, votesAbstain: 2 };
    case "IN_FORCE":
      return { to, on, effectiveFrom: "2026-07-01", effectiveTo: "2028-06-30" };
    case "RENEWED":
      return { to, on, title: "某某公司2027年度工资专项集体合同" };
    case "NEGOTIATING":
      return { to, on, note: "工资增长幅度条款须重新协商" };
    default:
      return { to, on } as TransitionInput;
  }
}

/** A contract in `status` whose term (if any) ended before TODAY, last step a month ago. */
const stateIn = (status: ContractStatus): ContractState => ({ status, effectiveTo: "2026-05-31", lastStepOn: "2026-05-15" });

describe("contract lifecycle: every pair of statuses", () => {
  const pairs = CONTRACT_STATUSES.flatMap((from) => CONTRACT_STATUSES.map((to) => [from, to] as const));

  it("covers all 64 pairs", () => expect(pairs).toHaveLength(64));

  it.each(pairs)("%s → %s", (from, to) => {
    const r = checkTransition(stateIn(from), validInput(to), TODAY);
    if (ALLOWED.has(`${from}>${to}`)) {
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect(r.patch.status).toBe(to);
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe("STATE");
        expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });

  it("lists the same targets as the table, and nothing after 已续订", () => {
    for (const from of CONTRACT_STATUSES) {
      const expected = CONTRACT_STATUSES.filter((to) => ALLOWED.has(`${from}>${to}`));
      expect([...allowedTargets(from)].sort(), from).toEqual([...expected].sort());
    }
    expect(allowedTargets("RENEWED")).toEqual([]);
  });
});

describe("contract lifecycle: what each step needs", () => {
  const negotiating: ContractState = { status: "NEGOTIATING", effectiveTo: null, lastStepOn: "2026-06-01" };

  it("refuses a date in the future or before the previous step", () => {
    const future = checkTransition(negotiating, { to: "CONGRESS_APPROVED", on: "2026-06-16", votesFor: 9, votesAgainst: 0, votesAbstain: 0 }, TODAY);
    expect(future).toMatchObject({ ok: false, reason: "INVALID", fields: { on: "办理日期不能晚于今天" } });
    const early = checkTransition(negotiating, { to: "CONGRESS_APPROVED", on: "2026-05-31", votesFor: 9, votesAgainst: 0, votesAbstain: 0 }, TODAY);
    expect(early).toMatchObject({ ok: false, reason: "INVALID" });
    expect(!early.ok && early.fields?.on).toContain("2026-06-01");
    const sameDay = checkTransition(negotiating, { to: "CONGRESS_APPROVED", on: "2026-06-01", votesFor: 9, votesAgainst: 0, votesAbstain: 0 }, TODAY);
    expect(sameDay.ok).toBe(true);
  });

  it.each([
    [10, 10, 0, false],
    [5, 2, 3, false], // abstentions are votes cast: 5 of 10 is not a majority
    [6, 2, 3, true],
    [0, 0, 0, false],
    [1, 0, 0, true],
  ])("职代会: for %i, against %i, abstain %i → approved %s", (votesFor, votesAgainst, votesAbstain, ok) => {
    const r = checkTransition(negotiating, { to: "CONGRESS_APPROVED", on: TODAY, votesFor, votesAgainst, votesAbstain }, TODAY);
    expect(r.ok).toBe(ok);
    if (r.ok) {
      expect(r.patch).toMatchObject({ congressOn: TODAY, votesFor, votesAgainst, votesAbstain });
      expect(r.eventNote).toContain(`赞成${votesFor}票`);
    } else expect(r.fields?.votesFor).toBeTruthy();
  });

  const submitted: ContractState = { status: "SUBMITTED", effectiveTo: null, lastStepOn: "2026-06-01" };

  it.each([
    ["2026-07-01", "2029-06-30", true], // exactly three years
    ["2026-07-01", "2029-07-01", false], // one day more
    ["2026-07-01", "2026-07-02", true],
    ["2026-07-01", "2026-07-01", false],
    ["2026-07-01", "2026-06-30", false],
    ["2024-02-29", "2027-02-28", true], // from a leap day
  ])("生效: %s to %s accepted %s", (effectiveFrom, effectiveTo, ok) => {
    const r = checkTransition(submitted, { to: "IN_FORCE", on: TODAY, effectiveFrom, effectiveTo }, TODAY);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.patch).toMatchObject({ status: "IN_FORCE", effectiveFrom, effectiveTo });
    else expect(r.fields?.effectiveTo).toBeTruthy();
  });

  it("does not put into force a contract whose term is already over", () => {
    const r = checkTransition(submitted, { to: "IN_FORCE", on: TODAY, effectiveFrom: "2025-01-01", effectiveTo: "2026-06-14" }, TODAY);
    expect(r).toMatchObject({ ok: false, reason: "INVALID" });
    expect(latestEffectiveTo("2024-01-01")).toBe("2026-12-31");
  });

  it("marks a contract expired only after its term", () => {
    const running: ContractState = { status: "IN_FORCE", effectiveTo: TODAY, lastStepOn: "2025-06-01" };
    expect(checkTransition(running, { to: "EXPIRED", on: TODAY }, TODAY)).toMatchObject({ ok: false, reason: "INVALID" });
    expect(checkTransition({ ...running, effectiveTo: addDays(TODAY, -1) }, { to: "EXPIRED", on: TODAY }, TODAY)).toMatchObject({ ok: true, patch: { status: "EXPIRED" } });
  });

  it("sends a submitted contract back only with the bureau's reasons, and clears its approval", () => {
    expect(checkTransition(submitted, { to: "NEGOTIATING", on: TODAY }, TODAY)).toMatchObject({ ok: false, reason: "INVALID", fields: { note: expect.any(String) } });
    const r = checkTransition(submitted, { to: "NEGOTIATING", on: TODAY, note: "劳动定额未经职代会审议" }, TODAY);
    expect(r).toMatchObject({
      ok: true,
      patch: { status: "NEGOTIATING", congressOn: null, votesFor: null, signedOn: null, submittedOn: null },
      eventNote: "审查有异议：劳动定额未经职代会审议",
    });
    // From the offer, no reason is needed.
    expect(checkTransition({ status: "OFFERED", effectiveTo: null, lastStepOn: "2026-06-01" }, { to: "NEGOTIATING", on: TODAY }, TODAY).ok).toBe(true);
  });
});

describe("in force on a date", () => {
  const c = { status: "IN_FORCE" as ContractStatus, effectiveFrom: "2026-01-01", effectiveTo: "2026-12-31" };
  it("includes both ends of the term and nothing outside", () => {
    expect(isInForceOn(c, "2025-12-31")).toBe(false);
    expect(isInForceOn(c, "2026-01-01")).toBe(true);
    expect(isInForceOn(c, "2026-12-31")).toBe(true);
    expect(isInForceOn(c, "2027-01-01")).toBe(false);
  });
  it("counts renewed and expired contracts within their own term, never unfinished ones", () => {
    expect(isInForceOn({ ...c, status: "RENEWED" }, "2026-06-01")).toBe(true);
    expect(isInForceOn({ ...c, status: "EXPIRED" }, "2026-06-01")).toBe(true);
    expect(isInForceOn({ ...c, status: "SUBMITTED" }, "2026-06-01")).toBe(false);
    expect(isInForceOn({ status: "OFFERED", effectiveFrom: null, effectiveTo: null }, "2026-06-01")).toBe(false);
  });
  it("calls a contract lapsed when still marked in force after its term", () => {
    expect(isLapsed(c, "2027-01-01")).toBe(true);
    expect(isLapsed(c, "2026-12-31")).toBe(false);
    expect(isLapsed({ ...c, status: "EXPIRED" }, "2027-01-01")).toBe(false);
  });
});

describe("contract input schemas (shared by form and server)", () => {
  const base = {
    kind: "WAGE",
    orgId: 12,
    title: "某某公司2026年度工资专项集体合同",
    employerParty: "某某公司",
    offeredOn: "2026-03-01",
    coverage: [{ enterpriseId: "3f670afd-626a-4994-9736-177ca0617155", workerCount: 64 }],
  };
  it("accepts a contract and rejects unknown fields", () => {
    expect(ContractCreateSchema.safeParse(base).success).toBe(true);
    const r = ContractCreateSchema.safeParse({ ...base, status: "IN_FORCE" });
    expect(r.success).toBe(false);
  });
  it("lets a single-enterprise contract cover exactly one enterprise, and no enterprise twice", () => {
    const two = [...base.coverage, { enterpriseId: "dbaed417-42ed-484f-8a8e-fe3fe3fa25ff", workerCount: 10 }];
    expect(fieldErrors(ContractCreateSchema.safeParse({ ...base, coverage: two }).error!).coverage).toBe("工资专项集体合同只覆盖工会所在的一家企业");
    expect(ContractCreateSchema.safeParse({ ...base, kind: "REGIONAL", coverage: two }).success).toBe(true);
    const dup = [...base.coverage, ...base.coverage];
    expect(fieldErrors(ContractCreateSchema.safeParse({ ...base, kind: "REGIONAL", coverage: dup }).error!)["coverage.1.enterpriseId"]).toBe("同一企业不能重复选择");
  });
  it("validates each step's fields in Chinese", () => {
    const votes = TRANSITION_SCHEMAS.CONGRESS_APPROVED.safeParse({ to: "CONGRESS_APPROVED", on: "2026-03-01", version: 1, votesFor: 3, votesAgainst: 3, votesAbstain: 0 });
    expect(fieldErrors(votes.error!).votesFor).toMatch(/半数/);
    const term = ContractTransitionSchema.safeParse({ to: "IN_FORCE", on: "2026-03-01", version: 1, effectiveFrom: "2026-03-01", effectiveTo: "2030-03-01" });
    expect(fieldErrors(term.error!).effectiveTo).toMatch(/不能超过3年/);
    expect(ContractTransitionSchema.safeParse({ to: "SIGNED", on: "2026-03-01" }).success).toBe(false); // version is required
    expect(ContractTransitionSchema.safeParse({ to: "WITHDRAWN", on: "2026-03-01", version: 0 }).success).toBe(false);
  });
});

describe("OpenAPI document", () => {
  it("describes the contract and enterprise routes from the same schemas", async () => {
    const { buildOpenApi } = await import("@/lib/openapi");
    const doc = buildOpenApi();
    for (const path of [
      "/api/v1/contracts",
      "/api/v1/contracts/{id}",
      "/api/v1/contracts/{id}/transition",
      "/api/v1/contracts/reminders",
      "/api/v1/contracts/coverage",
      "/api/v1/contracts/expire",
      "/api/v1/enterprises",
      "/api/v1/enterprises/{id}",
      "/api/v1/enterprises/stats",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    type Op = { requestBody: { content: Record<string, { schema: { oneOf: { properties: { to: { const: string } } }[] } }> } };
    const body = (doc.paths["/api/v1/contracts/{id}/transition"].post as Op).requestBody.content["application/json"].schema;
    expect(body.oneOf.map((s) => s.properties.to.const)).toEqual([...CONTRACT_STATUSES]);
  });
});
