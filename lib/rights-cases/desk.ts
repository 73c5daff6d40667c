import "server-only";
import { deskCount, deskTake, type DeskSource } from "../desk/types";
import { RightsListQuerySchema } from "./schema";
import { countCases } from "./queries";

export const rightsCasesDesk: DeskSource = async (actor, scope) => {
  const n = await countCases(actor, RightsListQuerySchema.parse({ orgId: scope.id, overdue: "true" }), deskTake(scope));
  return [{ key: "rights-overdue", label: "超过办理时限的维权工单", ...deskCount(n), href: `/rights-cases?orgId=${scope.id}&overdue=true`, hint: "咨询3个工作日、其他15个工作日" }];
};
