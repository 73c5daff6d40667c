import { describe, expect, it } from "vitest";
import { checkDigit, maskIdNumber } from "@/lib/members/id-number";
import { countCandidates, emptyObserved } from "../helpers/id-exposure";

const body = "32092519850316411";
const id = body + checkDigit(body);
const today = new Date("2026-12-03T00:00:00Z");

describe("countCandidates", () => {
  it("finds the former mask plus the birth date to be the whole number", () => {
    const seen = { ...emptyObserved(), masks: [`${id.slice(0, 6)}********${id.slice(-4)}`], dates: ["1985-03-16"], sexes: ["MALE" as const] };
    expect(countCandidates(id, seen, today)).toBe(1);
  });

  it("leaves more than 10,000 numbers for today's mask, birth year and sex", () => {
    const seen = { ...emptyObserved(), masks: [maskIdNumber(id)], years: [1985], sexes: ["MALE" as const] };
    const n = countCandidates(id, seen, today);
    expect(n).toBeGreaterThanOrEqual(10_000);
    expect(n).toBeLessThan(20_000); // 365 days × 500 sequence numbers ÷ 11 check characters
  });

  it("counts a mask's check character: without it, eleven times as many", () => {
    const year = { ...emptyObserved(), years: [1985], sexes: ["MALE" as const] };
    expect(countCandidates(id, year, today)).toBe(365 * 500);
  });
});
