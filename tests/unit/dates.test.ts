// lib/dates.ts: today in China, calendar arithmetic with the one 29 February
// rule, period windows and the display format.
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, cstYear, daysBetween, formatDate, formatDateLong, formatDateTime, monthWindow, quarterOf, quarterWindow, termEnd, todayCST, yearWindow } from "@/lib/dates";

describe("China's calendar without Intl", () => {
  it("agrees with Intl's Asia/Shanghai for every hour from 1992 to 2060 and around each new year", () => {
    const intlDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
    const intlMinute = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const instants: Date[] = [];
    // Every 7 hours and 13 minutes (drifts through every hour and many minutes of the day) …
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2060, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) instants.push(new Date(t));
    // … and the seconds either side of midnight in China on each 1 January.
    for (let y = 1992; y <= 2060; y++) instants.push(new Date(Date.UTC(y - 1, 11, 31, 15, 59, 59)), new Date(Date.UTC(y - 1, 11, 31, 16, 0, 0)));
    expect(instants.length).toBeGreaterThan(80_000);
    const wrong = instants.filter((d) => todayCST(d) !== intlDay.format(d) || formatDateTime(d) !== intlMinute.format(d).replace(", ", " "));
    expect(wrong.map((d) => d.toISOString())).toEqual([]);
  });
});

describe("today in China", () => {
  it("is the date in Asia/Shanghai, not in UTC", () => {
    expect(todayCST(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(todayCST(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(cstYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});

describe("the 29 February rule: a day the target month lacks becomes its last day", () => {
  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", -1, "2023-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2025-02-28", 3, "2028-02-28"],
    ["2026-07-01", 3, "2029-07-01"],
  ])("addYears(%s, %i) = %s", (from, n, to) => expect(addYears(from, n)).toBe(to));

  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2026-01-15", -13, "2024-12-15"],
  ])("addMonths(%s, %i) = %s", (from, n, to) => expect(addMonths(from, n)).toBe(to));

  it("a term ends the day before its anniversary; from 29 February, on 28 February", () => {
    expect(termEnd("2026-07-01", 3)).toBe("2029-06-30");
    expect(termEnd("2024-01-01", 3)).toBe("2026-12-31");
    expect(termEnd("2025-03-01", 3)).toBe("2028-02-29");
    expect(termEnd("2024-02-29", 3)).toBe("2027-02-28");
    expect(termEnd("2024-02-29", 4)).toBe("2028-02-28");
  });

  it("adds days across months and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
  });
});

describe("period windows", () => {
  it("covers whole years, quarters and months", () => {
    expect(yearWindow(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(quarterWindow(2024, 1)).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(quarterWindow(2026, 4)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(monthWindow(2024, 2)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(quarterOf("2026-09-30")).toBe(3);
  });
});

describe("display", () => {
  it("shows dates as yyyy-mm-dd, moments in China time, empty as a dash", () => {
    expect(formatDate("2024-03-05")).toBe("2024-03-05");
    expect(formatDate("2026-12-31T16:30:00Z")).toBe("2027-01-01");
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime("2026-11-21T06:05:00Z")).toBe("2026-11-21 14:05");
    expect(formatDateLong("2024-03-05")).toBe("2024年3月5日");
  });
});
