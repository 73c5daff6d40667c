// Dates are handled as whole days since 1970-01-01 (UTC) so that arithmetic is
// integer-only; they go to PostgreSQL as ISO strings cast to date.
const DAY_MS = 86_400_000;

/** The demo's "today": the data set reads as if taken on this day. */
export const REFERENCE_DAY = day(2026, 11, 1);

export function day(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function iso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYYMMDD", as embedded in resident ID numbers. */
export function compact(dayNumber: number): string {
  return iso(dayNumber).replace(/-/g, "");
}

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** Same calendar day `years` later (29 February becomes 1 March). */
export function addYears(dayNumber: number, years: number): number {
  const d = new Date(dayNumber * DAY_MS);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
}
