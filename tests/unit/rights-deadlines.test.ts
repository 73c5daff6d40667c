// Time limits of rights cases in working days, and the overdue rule.
// 2026-11-06 is a Friday; 2026-11-09 the Monday after.
import { describe, expect, it } from "vitest";
import { addWorkingDays, deadlines, isOverdue, settledOnTime, workingDaysBetween } from "@/lib/rights-cases/deadlines";
import { RightsCaseCreateSchema, RightsCloseSchema } from "@/lib/rights-cases/schema";

describe("working days", () => {
  it("skip Saturdays and Sundays", () => {
    expect(addWorkingDays("2026-11-02", 1)).toBe("2026-11-03"); // Mon → Tue
    expect(addWorkingDays("2026-11-06", 1)).toBe("2026-11-09"); // Fri → Mon
    expect(addWorkingDays("2026-11-07", 1)).toBe("2026-11-09"); // received Sat → Mon
    expect(addWorkingDays("2026-11-06", 3)).toBe("2026-11-11");
    expect(addWorkingDays("2026-11-02", 15)).toBe("2026-11-23"); // three whole weeks
    expect(workingDaysBetween("2026-11-06", "2026-11-09")).toBe(1);
    expect(workingDaysBetween("2026-11-02", "2026-11-02")).toBe(0);
    expect(workingDaysBetween("2026-11-02", "2026-11-23")).toBe(15);
  });
  it("do not know statutory holidays: a limit over 国庆 ends earlier than the legal one, never later", () => {
    // 2026-09-30 (Wed) + 1 → 2026-10-01, a holiday the function treats as a working day.
    expect(addWorkingDays("2026-09-30", 1)).toBe("2026-10-01");
  });
});

describe("limits by kind", () => {
  it("acknowledge within 1, answer a consultation within 3, resolve or refer anything else within 15", () => {
    expect(deadlines("LEGAL_CONSULTATION", "2026-11-06")).toEqual({ acknowledgeBy: "2026-11-09", resolveBy: "2026-11-11" });
    expect(deadlines("WAGE_ARREARS", "2026-11-02")).toEqual({ acknowledgeBy: "2026-11-03", resolveBy: "2026-11-23" });
    expect(deadlines("DISPUTE_MEDIATION", "2026-11-02").resolveBy).toBe("2026-11-23");
  });
});

describe("overdue", () => {
  const c = { kind: "WAGE_ARREARS" as const, receivedOn: "2026-11-02", acceptedOn: null, referredOn: null, closedOn: null };
  it("is late once the acknowledge-by day has passed without acceptance (due today is not late)", () => {
    expect(isOverdue(c, "2026-11-03")).toBe(false);
    expect(isOverdue(c, "2026-11-04")).toBe(true);
    expect(isOverdue({ ...c, acceptedOn: "2026-11-03" }, "2026-11-04")).toBe(false);
  });
  it("is late once the resolve-by day has passed while neither closed nor referred", () => {
    const accepted = { ...c, acceptedOn: "2026-11-03" };
    expect(isOverdue(accepted, "2026-11-23")).toBe(false);
    expect(isOverdue(accepted, "2026-11-24")).toBe(true);
    expect(isOverdue({ ...accepted, referredOn: "2026-11-20" }, "2026-12-01")).toBe(false);
    expect(isOverdue({ ...accepted, closedOn: "2026-11-30" }, "2026-12-01")).toBe(false);
  });
  it("counts a case settled (closed or referred) by its resolve-by day as on time", () => {
    expect(settledOnTime(c)).toBeNull();
    expect(settledOnTime({ ...c, closedOn: "2026-11-23" })).toBe(true);
    expect(settledOnTime({ ...c, closedOn: "2026-11-24" })).toBe(false);
    expect(settledOnTime({ ...c, referredOn: "2026-11-10", closedOn: "2026-12-20" })).toBe(true);
  });
});

describe("schemas", () => {
  const base = { kind: "WAGE_ARREARS", channel: "VISIT", facts: "拖欠三个月工资", receivedOn: "2026-11-02" };
  it("need a member, or a non-member's name and mobile number", () => {
    expect(RightsCaseCreateSchema.safeParse({ ...base, memberId: "2c0b0172-834a-44e3-afbf-aaf0f12bbb41" }).success).toBe(true);
    expect(RightsCaseCreateSchema.safeParse({ ...base, applicantName: "李四", applicantPhone: "13912345678" }).success).toBe(true);
    expect(RightsCaseCreateSchema.safeParse({ ...base, applicantName: "李四" }).error?.issues[0].message).toContain("非会员");
    expect(RightsCaseCreateSchema.safeParse({ ...base, applicantName: "李四", applicantPhone: "123" }).success).toBe(false);
    expect(RightsCaseCreateSchema.safeParse({ ...base, memberId: "2c0b0172-834a-44e3-afbf-aaf0f12bbb41", extra: 1 }).success).toBe(false);
  });
  it("keep money recovered as a two-decimal string", () => {
    expect(RightsCloseSchema.safeParse({ closedOn: "2026-11-20", outcome: "已追回", moneyRecovered: "186000.00" }).success).toBe(true);
    expect(RightsCloseSchema.safeParse({ closedOn: "2026-11-20", outcome: "已追回", moneyRecovered: 186000 }).success).toBe(false);
  });
});
