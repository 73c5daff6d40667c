// The grant workflow table (lib/assistance/grant-workflow.ts), pure: for every
// state and every action, for every kind of actor, what is allowed and why the
// rest is refused. The expectations are written out by hand from the rules in
// the brief, not derived from the table under test.
import { describe, expect, it } from "vitest";
import { allowedActions, evaluate, GRANT_ACTIONS, noticeEnd, noticeOver, type ActorFacts, type GrantAction, type GrantFacts } from "@/lib/assistance/grant-workflow";
import { GRANT_STATUSES, type GrantStatus } from "@/lib/assistance/labels";

// 江苏 (1) → 盐城 (3) → 建湖县 (9) → 上冈镇 (169) → 华瑞 union (574); 575 is another union in the town.
const PATH = [1, 3, 9, 169, 574];
const TODAY = "2026-11-21";

const actor = (userId: string, homeOrgId: number, homeLevel: ActorFacts["homeLevel"], role: ActorFacts["role"] = "STAFF"): ActorFacts => ({ userId, role, homeOrgId, homeLevel });
const ACTORS = {
  creator: actor("u-creator", 574, "GRASSROOTS"), // entered and submitted the grant
  unionStaff: actor("u-union", 574, "GRASSROOTS"), // a colleague in the member's union
  town: actor("u-town", 169, "TOWN"), // reviewed the grant (once it is reviewed)
  county: actor("u-county", 9, "COUNTY"),
  countyAdmin: actor("u-admin", 9, "COUNTY", "ADMIN"),
  province: actor("u-prov", 1, "PROVINCE", "ADMIN"),
  leader: actor("u-leader", 9, "COUNTY", "LEADER"),
  member: actor("u-member", 574, "GRASSROOTS", "MEMBER"),
  neighbourUnion: actor("u-neighbour", 575, "GRASSROOTS"),
  otherCounty: actor("u-xuyi", 8, "COUNTY"),
} as const;
type Who = keyof typeof ACTORS;

const REACHED: Record<GrantStatus, { submitted: boolean; reviewed: boolean }> = {
  DRAFT: { submitted: false, reviewed: false },
  SUBMITTED: { submitted: true, reviewed: false },
  REVIEWED: { submitted: true, reviewed: true },
  APPROVED: { submitted: true, reviewed: true },
  NOTICE: { submitted: true, reviewed: true },
  DISBURSED: { submitted: true, reviewed: true },
  REJECTED: { submitted: true, reviewed: false },
  WITHDRAWN: { submitted: false, reviewed: false },
};

function grant(status: GrantStatus, over: Partial<GrantFacts> = {}): GrantFacts {
  return {
    status,
    orgId: 574,
    orgAncestorIds: PATH,
    createdById: "u-creator",
    submittedById: REACHED[status].submitted ? "u-creator" : null,
    reviewedById: REACHED[status].reviewed ? "u-town" : null,
    noticeEndsOn: status === "NOTICE" ? "2026-11-10" : null,
    ...over,
  };
}

const COUNTY_SIDE = ["county", "countyAdmin", "province"] as const;

/** What each actor may do in each state, from the rules: by hand. */
const EXPECTED: Record<GrantStatus, Partial<Record<Who, GrantAction[]>>> = {
  DRAFT: {
    creator: ["submit", "withdraw"],
    unionStaff: ["submit", "withdraw"],
    town: ["submit"],
    county: ["submit"],
    countyAdmin: ["submit"],
    province: ["submit"],
  },
  SUBMITTED: {
    creator: ["withdraw"],
    unionStaff: ["withdraw"],
    town: ["review", "reject"],
    county: ["review", "reject"],
    countyAdmin: ["review", "reject"],
    province: ["review", "reject"],
  },
  REVIEWED: {
    creator: ["withdraw"],
    unionStaff: ["withdraw"],
    ...Object.fromEntries(COUNTY_SIDE.map((w) => [w, ["approve", "reject"]])),
  },
  APPROVED: Object.fromEntries(COUNTY_SIDE.map((w) => [w, ["start-notice", "reject"]])),
  NOTICE: Object.fromEntries(COUNTY_SIDE.map((w) => [w, ["disburse", "reject"]])),
  DISBURSED: Object.fromEntries(COUNTY_SIDE.map((w) => [w, ["reverse"]])),
  REJECTED: {},
  WITHDRAWN: {},
};

describe("grant workflow: every state × action × actor", () => {
  const cases = GRANT_STATUSES.flatMap((status) =>
    (Object.keys(ACTORS) as Who[]).flatMap((who) => GRANT_ACTIONS.map((action) => ({ status, who, action, allowed: (EXPECTED[status][who] ?? []).includes(action) }))),
  );

  it.each(cases)("$status: $who $action → $allowed", ({ status, who, action, allowed }) => {
    expect(evaluate(ACTORS[who], grant(status), action, TODAY).ok).toBe(allowed);
  });

  it("lists exactly the allowed actions, in workflow order", () => {
    for (const status of GRANT_STATUSES) {
      for (const who of Object.keys(ACTORS) as Who[]) {
        const expected = GRANT_ACTIONS.filter((a) => (EXPECTED[status][who] ?? []).includes(a));
        expect(allowedActions(ACTORS[who], grant(status), TODAY), `${status} ${who}`).toEqual(expected);
      }
    }
  });

  it("refuses an action the state does not have as a state conflict, before asking who", () => {
    for (const status of GRANT_STATUSES) {
      for (const action of GRANT_ACTIONS) {
        const anyone = (Object.keys(ACTORS) as Who[]).some((w) => (EXPECTED[status][w] ?? []).includes(action));
        const v = evaluate(ACTORS.county, grant(status), action, TODAY);
        if (!anyone) expect(v.ok ? "ok" : v.why, `${status} ${action}`).toBe("STATE");
      }
    }
  });

  it("refuses everything to leaders, members and other counties", () => {
    for (const status of GRANT_STATUSES) {
      for (const who of ["leader", "member", "otherCounty", "neighbourUnion"] as const) {
        expect(allowedActions(ACTORS[who], grant(status), TODAY), `${status} ${who}`).toEqual([]);
      }
    }
  });
});

describe("separation of duties", () => {
  it("the person who entered a grant can neither review nor approve it", () => {
    const c = ACTORS.county;
    const entered = { createdById: c.userId };
    expect(evaluate(c, grant("SUBMITTED", entered), "review", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(c, grant("REVIEWED", entered), "approve", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(c, grant("REVIEWED", entered), "reject", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(ACTORS.countyAdmin, grant("REVIEWED", entered), "approve", TODAY).ok).toBe(true);
  });

  it("neither can the person who submitted it, nor the reviewer approve", () => {
    const c = ACTORS.county;
    expect(evaluate(c, grant("SUBMITTED", { submittedById: c.userId }), "review", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(c, grant("REVIEWED", { submittedById: c.userId }), "approve", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(c, grant("REVIEWED", { reviewedById: c.userId }), "approve", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
  });

  it("a union directly under the county is reviewed by the county, and approved by someone else there", () => {
    const g = grant("SUBMITTED", { orgId: 700, orgAncestorIds: [1, 3, 9, 700] });
    expect(evaluate(ACTORS.county, g, "review", TODAY).ok).toBe(true);
    const reviewed = grant("REVIEWED", { orgId: 700, orgAncestorIds: [1, 3, 9, 700], reviewedById: ACTORS.county.userId });
    expect(evaluate(ACTORS.county, reviewed, "approve", TODAY)).toMatchObject({ ok: false, why: "DUTY" });
    expect(evaluate(ACTORS.countyAdmin, reviewed, "approve", TODAY).ok).toBe(true);
  });

  it("staff of the member's union cannot review their own union's grant (town level or above only)", () => {
    expect(evaluate(ACTORS.unionStaff, grant("SUBMITTED"), "review", TODAY)).toMatchObject({ ok: false, why: "AUTHORITY" });
  });
});

describe("public notice", () => {
  it("runs for the policy's days, inclusive", () => {
    expect(noticeEnd("2026-11-21", 5)).toBe("2026-11-25");
    expect(noticeEnd("2026-12-30", 5)).toBe("2027-01-03");
    expect(noticeEnd("2026-11-21", 1)).toBe("2026-11-21");
  });

  it("blocks disbursement until the day after its last day", () => {
    const g = grant("NOTICE", { noticeEndsOn: "2026-11-25" });
    expect(noticeOver("2026-11-25", "2026-11-25")).toBe(false);
    expect(evaluate(ACTORS.county, g, "disburse", "2026-11-25")).toMatchObject({ ok: false, why: "NOTICE" });
    expect(evaluate(ACTORS.county, g, "disburse", "2026-11-26").ok).toBe(true);
    expect(evaluate(ACTORS.county, grant("NOTICE", { noticeEndsOn: null }), "disburse", TODAY).ok).toBe(false);
  });
});
