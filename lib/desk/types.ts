// The desk on 首页 (app/(portal)/desk.ts): each module says what awaits a
// staff member in it, as entries with a count and the link where it is done.
// A module contributes one DeskSource, in lib/<module>/desk.ts.
import type { Actor } from "../auth/actor";
import { isWide } from "../orgs/labels";

/** `capped`: there are more than `count` (the desk shows "99+"); the linked page has the full count. */
export type DeskEntry = { key: string; label: string; count: number; capped?: boolean; href: string; hint?: string };

/**
 * Where a desk count is costly to finish, it stops here: the desk asks "is
 * there work, and about how much", on every visit to 首页. Counting a 20 M
 * county's members due for review to 10,000 took 1.1 s; to 100, about 30 ms.
 */
export const DESK_COUNT_CAP = 99;

/** What awaits the actor in one module, within the portal's current scope. Reads are scoped by the module's own queries. */
export type DeskSource = (actor: Actor, scope: DeskScope) => Promise<DeskEntry[]>;

/** The portal's current scope: its root and the root's depth (0 = the province). */
export type DeskScope = { id: number; depth: number };

/**
 * A desk count, whole or stopped one past the cap (`deskTake`): the entry's
 * `count` and `capped`.
 */
export function deskCount(n: number): { count: number; capped: boolean } {
  return n > DESK_COUNT_CAP ? { count: DESK_COUNT_CAP, capped: true } : { count: n, capped: false };
}

/**
 * The `take` of a desk count over Prisma (undefined: count all). Prisma
 * writes a capped count as `ORDER BY id LIMIT 100`, which pays only where
 * matches are many: across a province or a city (depth 0–1) it cut a
 * province's contracts past their term from 0.5–0.6 s to a few ms at 20 M
 * members, while within a county the order made the grants' count 41 ms
 * against 9 ms counted whole.
 */
export const deskTake = (scope: DeskScope): number | undefined => (isWide(scope.depth) ? DESK_COUNT_CAP + 1 : undefined);
