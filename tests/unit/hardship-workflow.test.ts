// The hardship-file lifecycle and the annual re-check rule, pure.
import { describe, expect, it } from "vitest";
import { fileTransition, isOpen, isReviewDue, nextStatuses, yearBefore } from "@/lib/hardship/workflow";
import { HARDSHIP_STATUSES, type HardshipStatus } from "@/lib/hardship/labels";

const ALLOWED: [HardshipStatus, HardshipStatus][] = [
  ["PENDING", "IN_FILE"],
  ["PENDING", "CLOSED"],
  ["IN_FILE", "LIFTED"],
  ["IN_FILE", "CLOSED"],
  ["LIFTED", "CLOSED"],
];

describe("hardship file transitions", () => {
  const pairs = HARDSHIP_STATUSES.flatMap((from) => HARDSHIP_STATUSES.map((to) => ({ from, to, allowed: ALLOWED.some(([f, t]) => f === from && t === to) })));
  it.each(pairs)("$from → $to: $allowed", ({ from, to, allowed }) => {
    expect(fileTransition(from, to) !== undefined).toBe(allowed);
  });

  it("needs a visit to enter the file and a reason to lift or close", () => {
    expect(fileTransition("PENDING", "IN_FILE")?.needsVisit).toBe(true);
    for (const [from, to] of ALLOWED.filter(([, t]) => t !== "IN_FILE")) expect(fileTransition(from, to)?.reason, `${from}→${to}`).toBe("required");
    expect(nextStatuses("CLOSED")).toEqual([]);
  });

  it("keeps only pending and in-file files open (they hold the ID-number hash)", () => {
    expect(HARDSHIP_STATUSES.filter(isOpen)).toEqual(["PENDING", "IN_FILE"]);
  });
});

describe("annual re-check (复核到期)", () => {
  it("is due twelve months after the last verification, for files in the file", () => {
    expect(yearBefore("2026-11-21")).toBe("2025-11-21");
    expect(yearBefore("2028-02-29")).toBe("2027-02-28");
    expect(isReviewDue("IN_FILE", "2025-11-21", "2026-11-21")).toBe(true);
    expect(isReviewDue("IN_FILE", "2025-11-22", "2026-11-21")).toBe(false);
    expect(isReviewDue("IN_FILE", null, "2026-11-21")).toBe(true);
    expect(isReviewDue("PENDING", "2020-01-01", "2026-11-21")).toBe(false);
    expect(isReviewDue("LIFTED", "2020-01-01", "2026-11-21")).toBe(false);
  });
});
