// Periods of the dashboard: a year (default: this year), a quarter, a month or
// a custom range, carried in the URL as `period=2026 | 2026-Q2 | 2026-05 |
// custom` (+ `from`/`to`). Pure functions, shared by the page, the API and the
// tests. Dates are calendar dates as "yyyy-mm-dd" (see lib/dates.ts).

import { addDays, addYears, daysBetween, isDate, lastDayOfMonth, maxDate, minDate, monthWindow, quarterWindow, yearOf, yearWindow } from "../dates";

export type PeriodKind = "year" | "quarter" | "month" | "custom";

export type Period = {
  kind: PeriodKind;
  /** The value of the `period` URL parameter ("2026", "2026-Q2", "2026-05", "custom"). */
  param: string;
  from: string;
  to: string;
  label: string;
};

export type PeriodResult = { ok: true; period: Period } | { ok: false; field: "period" | "from" | "to"; message: string };

/** The longest custom range: beyond it the comparisons stop meaning much. */
export const MAX_RANGE_DAYS = 3 * 366;
export const MIN_YEAR = 2000;

// The calendar arithmetic lives in lib/dates.ts; re-exported under the names the dashboard's queries use.
export { addDays, daysBetween, isDate, lastDayOfMonth, maxDate, minDate, yearOf };
export const shiftYears = addYears;

const pad = (n: number) => String(n).padStart(2, "0");

export function yearPeriod(y: number): Period {
  return { kind: "year", param: String(y), ...yearWindow(y), label: `${y}年` };
}

/**
 * Parses the URL's period parameters. No parameters = this year; `from`/`to`
 * without `period` = a custom range.
 */
export function parsePeriod(input: { period?: string; from?: string; to?: string }, today: string): PeriodResult {
  const { period, from, to } = input;
  if (!period && !from && !to) return { ok: true, period: yearPeriod(yearOf(today)) };
  if (period && period !== "custom") {
    if (from || to) return { ok: false, field: "period", message: "按年、季度或月份统计时不能再指定起止日期" };
    let m = /^(\d{4})$/.exec(period);
    if (m) return checkYear(Number(m[1])) ?? { ok: true, period: yearPeriod(Number(m[1])) };
    m = /^(\d{4})-Q([1-4])$/.exec(period);
    if (m) {
      const y = Number(m[1]);
      const q = Number(m[2]);
      const bad = checkYear(y);
      if (bad) return bad;
      return {
        ok: true,
        period: { kind: "quarter", param: period, ...quarterWindow(y, q as 1 | 2 | 3 | 4), label: `${y}年第${"一二三四"[q - 1]}季度` },
      };
    }
    m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const bad = checkYear(y);
      if (bad) return bad;
      return { ok: true, period: { kind: "month", param: period, ...monthWindow(y, mo), label: `${y}年${mo}月` } };
    }
    return { ok: false, field: "period", message: "统计期间格式应为 2026、2026-Q2、2026-05 或 custom" };
  }
  if (!from) return { ok: false, field: "from", message: "请填写起始日期" };
  if (!to) return { ok: false, field: "to", message: "请填写截止日期" };
  if (!isDate(from)) return { ok: false, field: "from", message: "起始日期格式应为 年-月-日" };
  if (!isDate(to)) return { ok: false, field: "to", message: "截止日期格式应为 年-月-日" };
  if (yearOf(from) < MIN_YEAR) return { ok: false, field: "from", message: `起始日期不能早于${MIN_YEAR}年` };
  if (to < from) return { ok: false, field: "to", message: "截止日期不能早于起始日期" };
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return { ok: false, field: "to", message: "自定义区间最长3年" };
  if (yearOf(to) > yearOf(today) + 1) return { ok: false, field: "to", message: "截止日期太远" };
  return { ok: true, period: { kind: "custom", param: "custom", from, to, label: `${from} 至 ${to}` } };
}

function checkYear(y: number): PeriodResult | null {
  if (y < MIN_YEAR || y > 2100) return { ok: false, field: "period", message: `年份应在${MIN_YEAR}年之后` };
  return null;
}

/** The URL parameters that reproduce a period. */
export function periodParams(p: Period): Record<string, string> {
  return p.kind === "custom" ? { period: "custom", from: p.from, to: p.to } : { period: p.param };
}

/**
 * What the figures of a period cover. Flows (trainings, grants …) run from
 * `from` to `end` = min(to, today): the same-period comparison is then "to
 * date" against "to the same date last year". Stocks (members, coverage …)
 * are read as of `end`. Annual facts (budgets, honours, recorded by year) cover
 * the calendar years the period touches.
 */
export type Window = {
  from: string;
  end: string;
  /** True when the period lies wholly in the future. */
  empty: boolean;
  annualFrom: string;
  annualTo: string;
};

export function periodWindow(p: { from: string; to: string }, today: string): Window {
  const end = minDate(p.to, today);
  const empty = end < p.from;
  return {
    from: p.from,
    end: empty ? addDays(p.from, -1) : end,
    empty,
    annualFrom: yearWindow(yearOf(p.from)).from,
    annualTo: yearWindow(yearOf(empty ? p.from : end)).to,
  };
}

export function shiftWindow(w: Window, years: number): Window {
  return {
    from: shiftYears(w.from, years),
    end: shiftYears(w.end, years),
    empty: w.empty,
    annualFrom: shiftYears(w.annualFrom, years),
    annualTo: shiftYears(w.annualTo, years),
  };
}

/**
 * The months of the trend chart: every month the period touches, up to its
 * end; a period shorter than three months shows the twelve months up to it.
 * Each is { key "2026-03", from, end } with `end` cut at the window's end.
 */
export function trendMonths(w: Window): { key: string; label: string; from: string; end: string }[] {
  let start = w.from.slice(0, 7);
  const last = w.end.slice(0, 7);
  const monthsSpan = monthIndex(last) - monthIndex(start) + 1;
  if (monthsSpan < 3) start = fromMonthIndex(monthIndex(last) - 11);
  const out: { key: string; label: string; from: string; end: string }[] = [];
  for (let i = monthIndex(start); i <= monthIndex(last); i++) {
    const key = fromMonthIndex(i);
    const [y, m] = key.split("-").map(Number);
    const monthEnd = monthWindow(y, m).to;
    out.push({ key, label: `${y === yearOf(w.end) ? "" : `${y}年`}${m}月`, from: `${key}-01`, end: minDate(monthEnd, w.end) });
  }
  return out.slice(-36);
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const fromMonthIndex = (i: number) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;

/** Quick choices for the period picker: this and last year, this year's quarters and recent months. */
export function periodChoices(today: string): { param: string; label: string }[] {
  const y = yearOf(today);
  const m = Number(today.slice(5, 7));
  const out = [yearPeriod(y), yearPeriod(y - 1)].map((p) => ({ param: p.param, label: p.label }));
  for (let q = Math.ceil(m / 3); q >= 1; q--) out.push({ param: `${y}-Q${q}`, label: `${y}年第${"一二三四"[q - 1]}季度` });
  for (let i = 0; i < 6; i++) {
    const mm = m - i;
    const yy = mm >= 1 ? y : y - 1;
    const mo = mm >= 1 ? mm : mm + 12;
    out.push({ param: `${yy}-${pad(mo)}`, label: `${yy}年${mo}月` });
  }
  return out;
}
