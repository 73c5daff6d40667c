import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/actor";
import { allowedActions, refusal, type ReportFacts } from "@/lib/reports/rules";

// province 1 → county 2 → town 3
const actor = (role: Role, orgId: number, userId = `${role}-${orgId}`): Actor => ({ userId, username: userId, displayName: userId, role, orgId, orgName: "", orgDepth: 0, memberId: null, partnerUnitId: null, sessionId: "s" });
const facts = (f: Partial<ReportFacts> = {}): ReportFacts => ({ ancestorIds: [1, 2, 3], status: null, submittedById: null, reviewedById: null, periodEnded: true, ...f });

describe("period report rules", () => {
  it("the town's own staff or its parent's submit a finished period once", () => {
    expect(allowedActions(actor("STAFF", 3), facts())).toEqual(["submit"]);
    expect(refusal(actor("STAFF", 2), facts(), "submit")).toBeNull();
    expect(refusal(actor("STAFF", 1), facts(), "submit")?.code).toBe("FORBIDDEN");
    expect(refusal(actor("LEADER", 3), facts(), "submit")?.code).toBe("FORBIDDEN");
    expect(refusal(actor("STAFF", 3), facts({ periodEnded: false }), "submit")?.code).toBe("CONFLICT");
    expect(refusal(actor("STAFF", 3), facts({ status: "SUBMITTED" }), "submit")?.code).toBe("CONFLICT");
    expect(refusal(actor("STAFF", 3), facts({ status: "RETURNED" }), "submit")).toBeNull();
  });

  it("the parent reviews, never the submitter", () => {
    const f = facts({ status: "SUBMITTED", submittedById: "STAFF-3" });
    expect(allowedActions(actor("STAFF", 2), f)).toEqual(["approve", "return"]);
    expect(allowedActions(actor("STAFF", 3), f)).toEqual([]);
    expect(allowedActions(actor("LEADER", 2), f)).toEqual([]);
    const own = facts({ status: "SUBMITTED", submittedById: "STAFF-2" });
    expect(refusal(actor("STAFF", 2), own, "approve")?.message).toContain("报送人不能审核");
    expect(refusal(actor("ADMIN", 2), own, "approve")).toBeNull();
  });

  it("the grandparent accepts an approved period; the approving level's administrators reopen", () => {
    const f = facts({ status: "APPROVED", submittedById: "STAFF-3", reviewedById: "STAFF-2" });
    expect(allowedActions(actor("STAFF", 1), f)).toEqual(["accept"]);
    expect(allowedActions(actor("ADMIN", 2), f)).toEqual(["reopen"]);
    expect(refusal(actor("STAFF", 2), f, "reopen")?.code).toBe("FORBIDDEN");
    expect(refusal(actor("ADMIN", 1), f, "reopen")?.code).toBe("FORBIDDEN");
    expect(refusal(actor("ADMIN", 1), facts({ status: "ACCEPTED" }), "reopen")).toBeNull();
    expect(refusal(actor("ADMIN", 2), facts({ status: "SUBMITTED" }), "reopen")?.code).toBe("CONFLICT");
  });
});
