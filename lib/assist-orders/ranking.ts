// How proposed helpers are scored and ordered. Pure, so the order the issue
// asks for (fitting helpers first, then nearest — same town, county, city —,
// then the better fit, then the lighter load) is unit-tested on its own.
import { TRADE_KEYWORDS, type AssistTrade } from "./labels";

export type CandidateFacts = {
  kind: "MEMBER" | "STUDIO";
  id: string;
  name: string;
  orgName: string;
  /** The candidate's organisation path, root first (organisation.ancestor_ids). */
  path: number[];
  /** Names, descriptions and achievement titles of the studios they belong to (or the studio's own). */
  texts: string[];
  studioKinds: string[];
  honours: string[];
  isLead: boolean;
  openOrders: number;
  servedOrders: number;
  /** Closed orders of the same trade they served. */
  servedSameTrade: number;
};

export type Ranked = CandidateFacts & { distance: number; fit: number; reasons: string[]; fits: boolean };

/**
 * 0 same town (or village below it), 1 same county, 2 same city, 3 farther.
 * Paths are root first: [province, city, county, town, …].
 */
export function distanceBetween(a: number[], b: number[]): number {
  if (a.length > 3 && b.length > 3 && a[3] === b[3]) return 0;
  if (a.length > 2 && b.length > 2 && a[2] === b[2]) return 1;
  if (a.length > 1 && b.length > 1 && a[1] === b[1]) return 2;
  return 3;
}

export function scoreCandidate(c: CandidateFacts, order: { trade: AssistTrade; preferredStudioKind: string | null }) {
  const words = TRADE_KEYWORDS[order.trade];
  const reasons: string[] = [];
  let fit = 0;
  const hits = words.length ? c.texts.filter((t) => words.some((w) => t.includes(w))).length : 0;
  if (hits > 0) {
    fit += Math.min(hits, 5) * 2;
    reasons.push(`工作室及成果中有 ${hits} 项与该领域相关`);
  }
  if (c.servedSameTrade > 0) {
    fit += Math.min(c.servedSameTrade, 3) * 3;
    reasons.push(`办结过 ${c.servedSameTrade} 个同领域工单`);
  }
  if (order.preferredStudioKind && c.studioKinds.includes(order.preferredStudioKind)) {
    fit += 3;
    reasons.push("工作室类型符合企业要求");
  }
  const fits = fit > 0 || order.trade === "OTHER";
  if (c.honours.length) {
    fit += 1;
    reasons.push(c.honours.slice(0, 2).join("、"));
  }
  if (c.isLead) {
    fit += 1;
    reasons.push("工作室领衔人");
  }
  return { fit, reasons, fits };
}

export function rankCandidates(candidates: CandidateFacts[], order: { trade: AssistTrade; preferredStudioKind: string | null; path: number[] }): Ranked[] {
  return candidates
    .map((c) => ({ ...c, distance: distanceBetween(c.path, order.path), ...scoreCandidate(c, order) }))
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        a.distance - b.distance ||
        b.fit - a.fit ||
        a.openOrders - b.openOrders ||
        a.name.localeCompare(b.name, "zh-Hans-CN") ||
        a.id.localeCompare(b.id),
    );
}
