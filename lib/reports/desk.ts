import "server-only";
import type { DeskSource } from "../desk/types";
import { todayCST } from "../dates";
import { getReportOverview } from "./queries";

/** The quarter that ended last: the one whose report is due now. */
function lastEndedQuarter(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return q === 0 ? `${y - 1}-Q4` : `${y}-Q${q}`;
}

/** The scope's own report for the last quarter, when it may be submitted, and its children's reports awaiting approval. */
export const reportsDesk: DeskSource = async (actor, scope) => {
  const period = lastEndedQuarter(todayCST());
  const o = await getReportOverview(actor, { orgId: scope.id, period });
  const href = `/reports?orgId=${scope.id}&period=${period}`;
  const toApprove = o.children.filter((c) => c.status === "SUBMITTED").length;
  const entries = [{ key: "reports-approve", label: `待审核的下级${o.period.label}报送`, count: toApprove, href }];
  if (o.actions.includes("submit")) entries.unshift({ key: "reports-submit", label: `待报送的${o.period.label}数据`, count: 1, href });
  return entries;
};
