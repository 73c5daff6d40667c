import "server-only";
import { deskCount, deskTake, type DeskSource } from "../desk/types";
import { getQueueCounts } from "./queue";

export const assistanceDesk: DeskSource = async (actor, scope) => {
  const q = await getQueueCounts(actor, { orgId: scope.id }, { take: deskTake(scope) });
  return [
    { key: "grants", label: "待办理的救助申请", ...deskCount(q.grants), href: "/assistance/queue", hint: "可由您提交、审核、审批、公示或发放" },
    { key: "hardship-pending", label: "待核实的困难职工档案", ...deskCount(q.pendingVerification), href: "/assistance/queue" },
    { key: "hardship-review", label: "复核到期的困难职工档案", ...deskCount(q.reviewDue), href: "/assistance/hardship?reviewDue=1", hint: "超过12个月未复核" },
  ];
};
