// Period parsing and the arithmetic behind the dashboard's cards.
import { describe, expect, it } from "vitest";
import { parsePeriod, periodWindow, shiftWindow, shiftYears, trendMonths, periodChoices } from "@/lib/dashboard/period";
import { change, periodTarget, progress, rate, timeProgress } from "@/lib/dashboard/maths";

const TODAY = "2026-11-21";

describe("parsePeriod", () => {
  it("defaults to this year", () => {
    const r = parsePeriod({}, TODAY);
    expect(r).toEqual({ ok: true, period: { kind: "year", param: "2026", from: "2026-01-01", to: "2026-12-31", label: "2026年" } });
  });

  it("reads years, quarters and months", () => {
    expect(parsePeriod({ period: "2025" }, TODAY)).toMatchObject({ ok: true, period: { kind: "year", from: "2025-01-01", to: "2025-12-31" } });
    expect(parsePeriod({ period: "2026-Q1" }, TODAY)).toMatchObject({ ok: true, period: { kind: "quarter", from: "2026-01-01", to: "2026-03-31", label: "2026年第一季度" } });
    expect(parsePeriod({ period: "2026-Q4" }, TODAY)).toMatchObject({ ok: true, period: { from: "2026-10-01", to: "2026-12-31" } });
    expect(parsePeriod({ period: "2024-02" }, TODAY)).toMatchObject({ ok: true, period: { kind: "month", from: "2024-02-01", to: "2024-02-29", label: "2024年2月" } });
    expect(parsePeriod({ period: "2026-11" }, TODAY)).toMatchObject({ ok: true, period: { to: "2026-11-30" } });
  });

  it("reads custom ranges, with from/to alone meaning custom", () => {
    expect(parsePeriod({ period: "custom", from: "2026-03-15", to: "2026-04-10" }, TODAY)).toMatchObject({ ok: true, period: { kind: "custom", from: "2026-03-15", to: "2026-04-10" } });
    expect(parsePeriod({ from: "2026-03-15", to: "2026-04-10" }, TODAY)).toMatchObject({ ok: true, period: { kind: "custom" } });
  });

  it("refuses malformed and contradictory input with a field and a Chinese message", () => {
    for (const bad of [{ period: "2026-Q5" }, { period: "2026-13" }, { period: "26" }, { period: "1999" }, { period: "abc" }]) {
      const r = parsePeriod(bad, TODAY);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(parsePeriod({ period: "2026", from: "2026-01-01" }, TODAY)).toMatchObject({ ok: false, field: "period" });
    expect(parsePeriod({ period: "custom", from: "2026-04-10" }, TODAY)).toMatchObject({ ok: false, field: "to" });
    expect(parsePeriod({ period: "custom", from: "2026-04-10", to: "2026-04-01" }, TODAY)).toMatchObject({ ok: false, field: "to" });
    expect(parsePeriod({ period: "custom", from: "2026-02-30", to: "2026-04-01" }, TODAY)).toMatchObject({ ok: false, field: "from" });
    expect(parsePeriod({ period: "custom", from: "2020-01-01", to: "2026-01-01" }, TODAY)).toMatchObject({ ok: false, field: "to" });
  });
});

describe("windows", () => {
  it("cuts flows at today and compares with the same days last year", () => {
    const w = periodWindow({ from: "2026-01-01", to: "2026-12-31" }, TODAY);
    expect(w).toEqual({ from: "2026-01-01", end: "2026-11-21", empty: false, annualFrom: "2026-01-01", annualTo: "2026-12-31" });
    expect(shiftWindow(w, -1)).toMatchObject({ from: "2025-01-01", end: "2025-11-21", annualFrom: "2025-01-01", annualTo: "2025-12-31" });
  });

  it("treats a future period as empty", () => {
    const w = periodWindow({ from: "2027-01-01", to: "2027-12-31" }, TODAY);
    expect(w.empty).toBe(true);
    expect(w.end < w.from).toBe(true);
  });

  it("maps 29 February to 28 February a year earlier", () => {
    expect(shiftYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(shiftYears("2025-03-01", -1)).toBe("2024-03-01");
  });

  it("gives the months of the trend, at least twelve for short periods", () => {
    const year = trendMonths(periodWindow({ from: "2026-01-01", to: "2026-12-31" }, TODAY));
    expect(year.map((m) => m.key)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(year[10]).toMatchObject({ from: "2026-11-01", end: "2026-11-21" });
    const month = trendMonths(periodWindow({ from: "2026-03-01", to: "2026-03-31" }, TODAY));
    expect(month).toHaveLength(12);
    expect(month[0].key).toBe("2025-04");
    expect(month[11]).toMatchObject({ key: "2026-03", end: "2026-03-31" });
  });

  it("offers this year, last year, the quarters and recent months", () => {
    const c = periodChoices(TODAY).map((x) => x.param);
    expect(c.slice(0, 6)).toEqual(["2026", "2025", "2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1"]);
    expect(c).toContain("2026-06");
  });
});

describe("maths", () => {
  it("computes rates with one decimal, null without a denominator", () => {
    expect(rate(4, 5)).toBe(80);
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(1, 0)).toBeNull();
  });

  it("gives the change from last year: relative for counts, points for rates", () => {
    expect(change(120, 100, "count")).toEqual({ delta: 20, pct: 20 });
    expect(change(90, 120, "count")).toEqual({ delta: -30, pct: -25 });
    expect(change(5, 0, "count")).toEqual({ delta: 5, pct: null });
    expect(change(82.5, 80, "rate")).toEqual({ delta: 2.5, pct: null });
    expect(change(1000.1, 999.99, "amount")).toEqual({ delta: 0.11, pct: 0 });
    expect(change(null, 3, "count")).toEqual({ delta: null, pct: null });
  });

  it("measures progress against the target, either way round", () => {
    expect(progress(24_000, 30_000, true)).toEqual({ pct: 80, met: false });
    expect(progress(31_000, 30_000, true)).toEqual({ pct: 103.3, met: true });
    expect(progress(82, 80, true)).toEqual({ pct: 102.5, met: true });
    expect(progress(10, 8, false)).toEqual({ pct: 80, met: false });
    expect(progress(5, null, true)).toEqual({ pct: null, met: null });
    expect(progress(0, 0, true)).toEqual({ pct: 100, met: true });
  });

  it("prorates annual flow targets to shorter periods, never rates, stocks or two-year spans", () => {
    const base = { kind: "count" as const, periodDays: 90, yearDays: 365, spansYears: false };
    expect(periodTarget(30_000, { ...base, measure: "flow" })).toBe(7397);
    expect(periodTarget(30_000, { ...base, measure: "flow", periodDays: 365 })).toBe(30_000);
    expect(periodTarget(80, { ...base, kind: "rate", measure: "stock" })).toBe(80);
    expect(periodTarget(9, { ...base, measure: "stock" })).toBe(9);
    expect(periodTarget(30_000, { ...base, measure: "flow", spansYears: true })).toBeNull();
    expect(periodTarget(1_000_000, { ...base, kind: "amount", measure: "flow", periodDays: 31 })).toBe(84931.51);
  });

  it("computes the share of the year elapsed", () => {
    expect(timeProgress("2026-12-31", 2026)).toBe(100);
    expect(timeProgress("2026-01-01", 2026)).toBe(0.3);
    expect(timeProgress("2026-07-02", 2026)).toBe(50.1);
  });
});
