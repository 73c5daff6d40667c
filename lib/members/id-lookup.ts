// Looking people up by full ID number answers "is this number registered?" —
// with the masked number and birth year a role sees (about 16,600 candidates,
// see README "Personal data"), enough guesses would single a person out. So the
// two places that answer it — the member search and the registry import's
// check (dry run or not) — spend from a per-account budget and are audited
// (never with the numbers themselves).
import "server-only";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { rateLimit, tooManyRequests } from "../security/rate-limit";

/** Searches by a full ID number: a desk looks up a few people an hour, not hundreds. */
const searches = rateLimit({ name: "members:id-search", points: 60, windowSec: 3600, blockSec: 3600 });
/** ID numbers checked by imports per day: a largest (50,000-row) file checked, imported and a fix-up. */
const imported = rateLimit({ name: "members:id-import", points: 120_000, windowSec: 24 * 3600 });

export async function guardIdSearch(actor: Actor) {
  const r = await searches.take(actor.userId);
  if (!r.ok) throw tooManyRequests(r.retryAfterSec);
  await audit(actor, { action: "member.search_id_number", entityType: "member", orgId: actor.orgId });
}

/** Spent before each batch of an import's ID numbers is looked up. */
export async function spendImportBudget(actor: Actor, count: number) {
  const r = await imported.take(actor.userId, Math.max(1, count));
  if (!r.ok) throw tooManyRequests(r.retryAfterSec);
}

/**
 * A file refused as a whole (too many rows, unreadable past its first batches,
 * the budget spent midway) answers nothing about the numbers already looked up:
 * they go back to the budget, so a 60,000-row file does not cost most of a day's.
 */
export async function refundImportBudget(actor: Actor, count: number) {
  if (count > 0) await imported.giveBack(actor.userId, count);
}

/** One entry per file checked (dry run or not), with the count of numbers looked up. */
export async function auditImportCheck(actor: Actor, count: number, dryRun: boolean) {
  await audit(actor, { action: "member.import_checked", entityType: "member", orgId: actor.orgId, details: { idNumbers: count, dryRun } });
}
