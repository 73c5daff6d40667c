import "server-only";
import { isPartner } from "../auth/actor";
import type { DeskSource } from "../desk/types";
import { reformSummary } from "./queries";

/** Late tasks of the plans in scope this year (partner units follow their own tasks on /partner). */
export const reformDesk: DeskSource = async (actor, scope) => {
  if (isPartner(actor)) return [];
  const s = await reformSummary(actor, { orgId: scope.id });
  return [{ key: "reform-late", label: "已滞后的产改任务", count: s.late, href: `/reform/tasks?orgId=${scope.id}&year=${s.year}&status=LATE`, hint: `${s.year}年度方案中进度落后于节点要求` }];
};
