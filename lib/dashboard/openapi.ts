import { z } from "../validation/zod";
import { body, errors, conflictError, listOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  DashboardExportQuerySchema,
  DashboardQuerySchema,
  DashboardSchema,
  RankingQuerySchema,
  RankingSchema,
  TargetListQuerySchema,
  TargetSchema,
  TargetSplitSchema,
  TargetUpdateSchema,
  TargetUpsertSchema,
} from "./schema";

const uuidParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];

export function dashboardPaths(): Paths {
  const tags = ["数据看板"];
  const target = output(TargetSchema);
  return {
    "/api/v1/dashboard": {
      get: {
        tags,
        summary: "数据看板：主要指标（目标、进度、同比）、月度趋势、分类构成、下级对比与排名、录入情况",
        description:
          "period: 2026（年）、2026-Q2（季度）、2026-05（月）或 custom（配合 from、to）；默认本年。县级及以上的数字来自定时汇总（见 asOf），镇级及以下直接从记录计算。",
        parameters: queryParams(DashboardQuerySchema),
        responses: { "200": ok(output(DashboardSchema)), ...errors },
      },
    },
    "/api/v1/dashboard/ranking": {
      get: { tags, summary: "下级组织按某一指标排名", parameters: queryParams(RankingQuerySchema), responses: { "200": ok(output(RankingSchema)), ...errors } },
    },
    "/api/v1/dashboard/export": {
      get: { tags, summary: "导出数据看板各表（.xlsx）", parameters: queryParams(DashboardExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/dashboard/refresh": {
      post: {
        tags,
        summary: "立即刷新数据看板汇总（管理员）",
        responses: { "200": ok(output(z.object({ refreshedAt: z.string(), durationMs: z.number().int(), cutoff: z.string() }))), ...conflictError, ...errors },
      },
    },
    "/api/v1/dashboard/targets": {
      get: { tags, summary: "某组织及其直属下级的年度目标", parameters: queryParams(TargetListQuerySchema), responses: { "200": ok(output(listOf(TargetSchema))), ...errors } },
      post: { tags, summary: "设定年度目标（管理员；已有则替换）", requestBody: body(TargetUpsertSchema), responses: { "201": ok(target), ...errors } },
    },
    "/api/v1/dashboard/targets/{id}": {
      get: { tags, summary: "一个目标", parameters: uuidParam, responses: { "200": ok(target), ...errors } },
      patch: { tags, summary: "修改目标值（管理员）", parameters: uuidParam, requestBody: body(TargetUpdateSchema), responses: { "200": ok(target), ...errors } },
      delete: { tags, summary: "删除目标及其分解（管理员）", parameters: uuidParam, responses: { "204": { description: "已删除" }, ...errors } },
    },
    "/api/v1/dashboard/targets/{id}/split": {
      post: {
        tags,
        summary: "把目标分解到直属下级（数量、金额须合计等于目标，或另填本级保留；比率逐个设定）",
        parameters: uuidParam,
        requestBody: body(TargetSplitSchema),
        responses: { "200": ok(output(z.object({ target: TargetSchema, parts: z.array(TargetSchema) }))), ...errors },
      },
    },
  };
}
