// The arithmetic behind each card: rates, progress against a target, the
// change from the same period last year. Pure; numbers here are figures
// (counts, yuan rounded to fen, percentages), never stored money.

export type Kind = "count" | "amount" | "rate";

/** A rate in percent with one decimal, or null when the denominator is 0. */
export function rate(num: number, den: number): number | null {
  if (!den) return null;
  return Math.round((num / den) * 1000) / 10;
}

export type Change = {
  /** current − previous (percentage points for rates). */
  delta: number | null;
  /** Relative change in percent, for counts and amounts; null for rates or when previous is 0. */
  pct: number | null;
};

export function change(current: number | null, previous: number | null, kind: Kind): Change {
  if (current == null || previous == null) return { delta: null, pct: null };
  const delta = round(current - previous, kind === "amount" ? 2 : 1);
  if (kind === "rate" || previous === 0) return { delta, pct: null };
  return { delta, pct: Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10 };
}

/**
 * Annual targets apply to a year. For a shorter period of flows (a quarter, a
 * month) the target is prorated by days; rates and stocks keep the annual value.
 * A period spanning two years has no target.
 */
export function periodTarget(annual: number | null, opts: { measure: "flow" | "stock" | "annual"; kind: Kind; periodDays: number; yearDays: number; spansYears: boolean }): number | null {
  if (annual == null || opts.spansYears) return null;
  if (opts.kind === "rate" || opts.measure !== "flow" || opts.periodDays >= opts.yearDays) return annual;
  return round((annual * opts.periodDays) / opts.yearDays, opts.kind === "amount" ? 2 : 0);
}

export type Progress = {
  /** actual / target in percent (target / actual when lower is better), one decimal. */
  pct: number | null;
  met: boolean | null;
};

export function progress(actual: number | null, target: number | null, higherIsBetter: boolean | null): Progress {
  if (actual == null || target == null) return { pct: null, met: null };
  if (higherIsBetter === false) {
    if (actual === 0) return { pct: 100, met: true };
    return { pct: Math.round((target / actual) * 1000) / 10, met: actual <= target };
  }
  if (target === 0) return { pct: 100, met: true };
  return { pct: Math.round((actual / target) * 1000) / 10, met: actual >= target };
}

/** Share of the year elapsed by `end` (时间进度), in percent with one decimal. */
export function timeProgress(end: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const elapsed = (Date.parse(`${end}T00:00:00Z`) - start) / 86_400_000 + 1;
  return Math.round((Math.min(days, Math.max(0, elapsed)) / days) * 1000) / 10;
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
