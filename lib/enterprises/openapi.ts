import { body, errors, conflictError, idParam, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { z } from "../validation/zod";
import {
  EnterpriseCreateSchema,
  EnterpriseDetailSchema,
  EnterpriseExportQuerySchema,
  EnterpriseListQuerySchema,
  EnterpriseSchema,
  EnterpriseStatsQuerySchema,
  EnterpriseUpdateSchema,
  UnionisationStatsSchema,
} from "./schema";

export function enterprisePaths(): Paths {
  const detail = output(EnterpriseDetailSchema);
  const tags = ["企业名录"];
  const list = cappedListOf(EnterpriseSchema).extend({
    totals: cappedTotals(z.object({ workers: z.number().int(), unionised: z.number().int() })).describe("全部符合条件企业的职工数与已建会企业数"),
  });
  return {
    "/api/v1/enterprises": {
      get: { tags, summary: "企业名录（本范围所在或所属工会在本范围的企业）", parameters: queryParams(EnterpriseListQuerySchema), responses: { "200": ok(output(list)), ...errors } },
      post: { tags, summary: "登记企业", requestBody: body(EnterpriseCreateSchema), responses: { "201": ok(detail), ...conflictError, ...errors } },
    },
    "/api/v1/enterprises/export": {
      get: { tags, summary: "导出企业名录（.xlsx）", parameters: queryParams(EnterpriseExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/enterprises/stats": {
      get: {
        tags,
        summary: "建会率：本范围所在企业中已建会企业的比例（按企业所在地统计），含各下级区域",
        parameters: queryParams(EnterpriseStatsQuerySchema),
        responses: { "200": ok(output(UnionisationStatsSchema)), ...errors },
      },
    },
    "/api/v1/enterprises/{id}": {
      get: { tags, summary: "企业详情（含覆盖该企业的集体合同）", parameters: idParam("uuid"), responses: { "200": ok(detail), ...errors } },
      patch: { tags, summary: "修改企业信息", parameters: idParam("uuid"), requestBody: body(EnterpriseUpdateSchema), responses: { "200": ok(detail), ...conflictError, ...errors } },
    },
  };
}
