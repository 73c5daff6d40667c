// Time limits of rights cases, in working days, and the overdue rule. Pure:
// unit-tested, and used by the queue and the dashboard's on-time figure alike.
//
// Working days are Monday to Friday. Statutory holidays and the weekend days
// swapped into working days around them (调休) are NOT modelled: the State
// Council publishes them a year at a time, so a limit running over a holiday
// comes out earlier than the legal one, never later — the queue warns early
// rather than late.
import type { RightsKind } from "./labels";

const DAY = 86_400_000;
const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const toIso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const isWeekend = (n: number) => {
  const dow = new Date(n * DAY).getUTCDay();
  return dow === 0 || dow === 6;
};

/** The date `n` working days after `from` (a case received on Friday and acknowledged within 1 is due Monday). */
export function addWorkingDays(from: string, n: number): string {
  let d = toDay(from);
  let left = n;
  while (left > 0) {
    d += 1;
    if (!isWeekend(d)) left -= 1;
  }
  return toIso(d);
}

/** Working days from `from` to `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = toDay(from) + 1; d <= toDay(to); d++) if (!isWeekend(d)) n++;
  return n;
}

/** Acknowledge within 1 working day; answer a consultation within 3; resolve or refer anything else within 15. */
export const LIMITS = { acknowledge: 1, consultation: 3, resolve: 15 } as const;

export function deadlines(kind: RightsKind, receivedOn: string) {
  return {
    acknowledgeBy: addWorkingDays(receivedOn, LIMITS.acknowledge),
    resolveBy: addWorkingDays(receivedOn, kind === "LEGAL_CONSULTATION" ? LIMITS.consultation : LIMITS.resolve),
  };
}

export type CaseClock = { kind: RightsKind; receivedOn: string; acceptedOn: string | null; referredOn: string | null; closedOn: string | null };

/**
 * Overdue on `today`: not acknowledged by its acknowledge-by day, or neither
 * closed nor referred by its resolve-by day. A case is late only once the day
 * has passed (due today is not yet overdue).
 */
export function isOverdue(c: CaseClock, today: string): boolean {
  const d = deadlines(c.kind, c.receivedOn);
  if (!c.acceptedOn && today > d.acknowledgeBy) return true;
  const settled = c.closedOn ?? c.referredOn;
  return !settled && today > d.resolveBy;
}

/** Closed (or referred) on time: settled no later than its resolve-by day. */
export function settledOnTime(c: CaseClock): boolean | null {
  const settled = c.referredOn ?? c.closedOn;
  if (!settled) return null;
  return settled <= deadlines(c.kind, c.receivedOn).resolveBy;
}
