import "server-only";
import type { DeskSource } from "../desk/types";
import { getQueue } from "./queue";

export const assistanceDesk: DeskSource = async (actor, scope) => {
  const q = await getQueue(actor, { orgId: scope.id });
  return [
    { key: "grants", label: "待办理的救助申请", count: q.grants.reduce((n, g) => n + g.total, 0), href: "/assistance/queue", hint: "可由您提交、审核、审批、公示或发放" },
    { key: "hardship-pending", label: "待核实的困难职工档案", count: q.pendingVerification.total, href: "/assistance/queue" },
    { key: "hardship-review", label: "复核到期的困难职工档案", count: q.reviewDue.total, href: "/assistance/hardship?reviewDue=1", hint: "超过12个月未复核" },
  ];
};
