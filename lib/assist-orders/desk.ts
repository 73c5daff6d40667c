import "server-only";
import { deskCount, deskTake, type DeskSource } from "../desk/types";
import { AssistListQuerySchema } from "./schema";
import { countOrders } from "./queries";

export const assistOrdersDesk: DeskSource = async (actor, scope) => {
  const n = await countOrders(actor, AssistListQuerySchema.parse({ orgId: scope.id, status: "OPEN" }), deskTake(scope));
  return [{ key: "assist-orders-open", label: "待派单的助企行工单", ...deskCount(n), href: `/assist-orders?orgId=${scope.id}&status=OPEN`, hint: "企业提出需求，待派劳模工匠服务" }];
};
