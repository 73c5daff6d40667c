import "server-only";
import type { DeskSource } from "../desk/types";
import { RightsListQuerySchema } from "./schema";
import { listCases } from "./queries";

export const rightsCasesDesk: DeskSource = async (actor, scope) => {
  const r = await listCases(actor, RightsListQuerySchema.parse({ orgId: scope.id, overdue: "true", pageSize: 1 }));
  return [{ key: "rights-overdue", label: "超过办理时限的维权工单", count: r.total, href: `/rights-cases?orgId=${scope.id}&overdue=true`, hint: "咨询3个工作日、其他15个工作日" }];
};
