import "server-only";
import type { DeskSource } from "../desk/types";
import { AssistListQuerySchema } from "./schema";
import { listOrders } from "./queries";

export const assistOrdersDesk: DeskSource = async (actor, scope) => {
  const r = await listOrders(actor, AssistListQuerySchema.parse({ orgId: scope.id, status: "OPEN", pageSize: 1 }));
  return [{ key: "assist-orders-open", label: "待派单的助企行工单", count: r.total, href: `/assist-orders?orgId=${scope.id}&status=OPEN`, hint: "企业提出需求，待派劳模工匠服务" }];
};
