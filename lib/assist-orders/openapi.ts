import { body, cappedListOf, cappedTotals, errors, conflictError, idParam, listOf, ok, output, queryParams, type Paths } from "../openapi/helpers";
import { z } from "../validation/zod";
import {
  AssistCancelSchema,
  AssistCloseSchema,
  AssistDispatchSchema,
  AssistListQuerySchema,
  AssistOrderCreateSchema,
  AssistOrderDetailSchema,
  AssistOrderSchema,
  AssistTotalsSchema,
  AssistVisitListQuerySchema,
  AssistVisitSchema,
  CandidateSchema,
  VisitRowSchema,
} from "./schema";

export function assistOrderPaths(): Paths {
  const tags = ["劳模工匠助企行"];
  const id = idParam("uuid");
  const detail = ok(output(AssistOrderDetailSchema));
  return {
    "/api/v1/assist-orders": {
      get: { tags, summary: "助企行工单列表（含走访、解决问题、培训人数与经济效益合计）", parameters: queryParams(AssistListQuerySchema), responses: { "200": ok(output(cappedListOf(AssistOrderSchema).extend({ totals: cappedTotals(AssistTotalsSchema) }))), ...errors } },
      post: { tags, summary: "登记企业需求（下单）", requestBody: body(AssistOrderCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/assist-orders/visits": {
      get: { tags, summary: "助企行走访次数明细（工单走访 + 此前以工作台账登记的助企行活动），与数据看板同口径", parameters: queryParams(AssistVisitListQuerySchema), responses: { "200": ok(output(listOf(VisitRowSchema))), ...errors } },
    },
    "/api/v1/assist-orders/{id}": {
      get: { tags, summary: "工单详情（含走访记录与时间线）", parameters: id, responses: { "200": detail, ...errors } },
    },
    "/api/v1/assist-orders/{id}/candidates": {
      get: { tags, summary: "推荐劳模工匠与工作室：领域匹配者优先，再按同镇、同县、同市由近及远，附当前在办工单数；只推荐本单位范围内的人员", parameters: id, responses: { "200": ok(output(z.object({ data: z.array(CandidateSchema) }))), ...errors } },
    },
    "/api/v1/assist-orders/{id}/dispatch": {
      post: { tags, summary: "派单给一位劳模工匠或一个工作室团队（可改派）", parameters: id, requestBody: body(AssistDispatchSchema), responses: { "200": detail, ...conflictError, ...errors } },
    },
    "/api/v1/assist-orders/{id}/visits": {
      post: { tags, summary: "登记上门服务（日期、人员、时长）", parameters: id, requestBody: body(AssistVisitSchema), responses: { "201": detail, ...conflictError, ...errors } },
    },
    "/api/v1/assist-orders/{id}/close": {
      post: { tags, summary: "办结：解决问题数、培训职工人数、经济效益（元）、企业评价", parameters: id, requestBody: body(AssistCloseSchema), responses: { "200": detail, ...conflictError, ...errors } },
    },
    "/api/v1/assist-orders/{id}/cancel": {
      post: { tags, summary: "撤销工单", parameters: id, requestBody: body(AssistCancelSchema), responses: { "200": detail, ...conflictError, ...errors } },
    },
  };
}
