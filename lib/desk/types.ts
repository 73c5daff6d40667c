// The desk on 首页 (app/(portal)/desk.ts): each module says what awaits a
// staff member in it, as entries with a count and the link where it is done.
// A module contributes one DeskSource, in lib/<module>/desk.ts.
import type { Actor } from "../auth/actor";

export type DeskEntry = { key: string; label: string; count: number; href: string; hint?: string };
/** What awaits the actor in one module, within the portal's current scope. Reads are scoped by the module's own queries. */
export type DeskSource = (actor: Actor, scope: { id: number }) => Promise<DeskEntry[]>;
