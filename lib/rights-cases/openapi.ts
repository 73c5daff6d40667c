import { body, cappedListOf, cappedTotals, conflictError, errors, idParam, listOf, ok, output, queryParams, type Paths } from "../openapi/helpers";
import {
  OwnRightsCaseCreateSchema,
  RightsAcceptSchema,
  RightsCaseCreateSchema,
  RightsCaseDetailSchema,
  RightsCaseSchema,
  RightsCloseSchema,
  RightsFactsSchema,
  RightsFollowUpSchema,
  RightsHandoverSchema,
  RightsListQuerySchema,
  RightsReferSchema,
  RightsTotalsSchema,
} from "./schema";

export function rightsCasePaths(): Paths {
  const tags = ["维权服务工单"];
  const id = idParam("uuid");
  const detail = ok(output(RightsCaseDetailSchema));
  const act = (summary: string, schema: Parameters<typeof body>[0]) => ({
    post: { tags, summary, parameters: id, requestBody: body(schema), responses: { "200": detail, ...conflictError, ...errors } },
  });
  return {
    "/api/v1/rights-cases": {
      get: {
        tags,
        summary: "维权工单列表（含受理、办结、按时办结率、追回金额、满意度合计）；queue=mine 为本单位待办及直属下级的超期工单。案情不在列表中",
        parameters: queryParams(RightsListQuerySchema),
        responses: { "200": ok(output(cappedListOf(RightsCaseSchema).extend({ totals: cappedTotals(RightsTotalsSchema) }))), ...errors },
      },
      post: { tags, summary: "登记维权诉求（会员或非会员职工）", requestBody: body(RightsCaseCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/rights-cases/{id}": { get: { tags, summary: "工单详情与办理过程（不含案情）", parameters: id, responses: { "200": detail, ...errors } } },
    "/api/v1/rights-cases/{id}/facts": {
      post: { tags, summary: "查看案情、办理结果和非会员电话（解密，记入审计日志；领导账号不可）", parameters: id, responses: { "200": ok(output(RightsFactsSchema)), ...errors } },
    },
    "/api/v1/rights-cases/{id}/accept": act("受理", RightsAcceptSchema),
    "/api/v1/rights-cases/{id}/handover": act("移交下级或上级工会办理", RightsHandoverSchema),
    "/api/v1/rights-cases/{id}/refer": act("转劳动监察、仲裁或法律援助中心（附编号）", RightsReferSchema),
    "/api/v1/rights-cases/{id}/close": act("办结（办理结果、欠薪追回金额）", RightsCloseSchema),
    "/api/v1/rights-cases/{id}/follow-up": act("回访（满意度 1–5）", RightsFollowUpSchema),
    "/api/v1/me/rights-cases": {
      get: { tags, summary: "会员本人的维权工单及进度", responses: { "200": ok(output(listOf(RightsCaseSchema))), ...errors } },
      post: { tags, summary: "会员网上提交维权诉求（由所在镇街或县区总工会接收）", requestBody: body(OwnRightsCaseCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/me/rights-cases/{id}": { get: { tags, summary: "会员本人的一件工单（他人的为 404）", parameters: id, responses: { "200": detail, ...errors } } },
  };
}
