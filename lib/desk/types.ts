// The desk on 首页 (app/(portal)/desk.ts): each module says what awaits a
// staff member in it, as entries with a count and the link where it is done.
// A module contributes one DeskSource, in lib/<module>/desk.ts.
import type { Actor } from "../auth/actor";

/** `capped`: there are more than `count` (the desk shows "99+"); the linked page has the full count. */
export type DeskEntry = { key: string; label: string; count: number; capped?: boolean; href: string; hint?: string };

/**
 * Where a desk count is costly to finish, it stops here: the desk asks "is
 * there work, and about how much", on every visit to 首页. Counting a 20 M
 * county's members due for review to 10,000 took 1.1 s; to 100, about 30 ms.
 */
export const DESK_COUNT_CAP = 99;

/** What awaits the actor in one module, within the portal's current scope. Reads are scoped by the module's own queries. */
export type DeskSource = (actor: Actor, scope: { id: number }) => Promise<DeskEntry[]>;
