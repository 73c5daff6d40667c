// Calendar dates, one place for all of them. Dates in this system carry no time
// zone: they travel as "yyyy-mm-dd" strings and are stored as PostgreSQL `date`.
// "Today" is the calendar date in China (Asia/Shanghai, no daylight saving).
//
// Why no date library: every value here is a zone-less string; date-fns would
// need its UTC wrapper to keep the server's zone out of the sums, and the
// Temporal polyfill is 200 kB for a dozen lines.
//
// Why no `Intl.DateTimeFormat` either: China has kept one offset, UTC+8, with no
// daylight saving since 1991, so a fixed offset is exact for every instant this
// portal records. The browser's first DateTimeFormat costs 30–90 ms of main
// thread (ICU's calendar data; 120–360 ms on Lighthouse's slow phone), and
// every page loads this module; the offset costs nothing.
//
// THE 29 FEBRUARY RULE (one rule, for every module): adding months or years to a
// day the target month lacks lands on that month's LAST day — 2024-02-29 plus
// one year is 2025-02-28, 2024-01-31 plus one month is 2024-02-29. This is the
// Civil Code's rule (art. 202: 没有对应日的，月末日为期间的最后一日) and date-fns'.

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parts = (s: string) => s.split("-").map(Number) as [number, number, number];

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** The wall-clock time in China as "yyyy-mm-ddTHH:MM:SS.sssZ" (the Z is not true: read the digits only). */
const chinaClock = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();

/** Today (or the day of `now`) in China, as yyyy-mm-dd. Every rule that depends on "today" takes it as a parameter so tests can move the clock. */
export const todayCST = (now: Date = new Date()) => chinaClock(now).slice(0, 10);
/** The calendar year in China at `now`. */
export const cstYear = (now: Date = new Date()) => Number(todayCST(now).slice(0, 4));

/** A stored `date` (a UTC-midnight Date) → yyyy-mm-dd. */
export const toDateOnly = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
/** yyyy-mm-dd → the UTC-midnight Date Prisma writes to a `date` column. */
export const fromDateOnly = (s: string) => new Date(`${s}T00:00:00.000Z`);
/** fromDateOnly of a date column that may be empty, as pg gives it cast to text. */
export const fromDateOnlyOrNull = (s: string | null) => (s === null ? null : fromDateOnly(s));

/** A real calendar date written yyyy-mm-dd. */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** `months` later (or earlier); a day the target month lacks becomes its last day (the 29 February rule above). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return ymd(ny, nm, Math.min(d, lastDayOfMonth(ny, nm)));
}

/** `years` later (or earlier): 2024-02-29 + 1 → 2025-02-28 (the 29 February rule above). */
export const addYears = (date: string, years: number) => addMonths(date, years * 12);

/**
 * The last day of a term of `years` that starts on (and includes) `from`: the
 * day before the same date `years` later, 2026-07-01 → 2029-06-30. A term from
 * 29 February ends on 28 February: its anniversary does not exist, and the
 * month's end closes the term (Civil Code art. 202).
 */
export function termEnd(from: string, years: number): string {
  const anniversary = addYears(from, years);
  return from.endsWith("-02-29") && !anniversary.endsWith("-02-29") ? anniversary : addDays(anniversary, -1);
}

export const yearOf = (date: string) => Number(date.slice(0, 4));
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

// ---- period windows: a year, a quarter or a month as an inclusive from/to ----

export type DateWindow = { from: string; to: string };
export const yearWindow = (y: number): DateWindow => ({ from: ymd(y, 1, 1), to: ymd(y, 12, 31) });
export const quarterWindow = (y: number, q: 1 | 2 | 3 | 4): DateWindow => ({ from: ymd(y, q * 3 - 2, 1), to: ymd(y, q * 3, lastDayOfMonth(y, q * 3)) });
export const monthWindow = (y: number, m: number): DateWindow => ({ from: ymd(y, m, 1), to: ymd(y, m, lastDayOfMonth(y, m)) });
export const quarterOf = (date: string) => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

// ---- the one display format: yyyy-mm-dd, and yyyy-mm-dd HH:mm for moments (China time) ----

/** "2024-03-05" stays; an ISO timestamp is shown as its date in China; empty → "—". */
export function formatDate(d: string | null | undefined): string {
  if (!d) return "—";
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = Date.parse(d);
  return Number.isNaN(t) ? d : todayCST(new Date(t));
}

/** An ISO time in China: "2026-11-21 14:05"; empty → "—". */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (!iso) return "—";
  const t = typeof iso === "string" ? Date.parse(iso) : iso.getTime();
  return Number.isNaN(t) ? String(iso) : chinaClock(new Date(t)).slice(0, 16).replace("T", " ");
}

/** "2024-03-05" → "2024年3月5日", for the membership card and print-outs. */
export function formatDateLong(d: string | null | undefined): string {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return formatDate(d);
  const [y, m, day] = parts(d);
  return `${y}年${m}月${day}日`;
}

/** The message every past-only date field shows, on the client and the server alike. */
export const notInFutureMessage = (label: string) => `${label}不能晚于今天`;
