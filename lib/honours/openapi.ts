import { body, errors, idParam, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  HonourConfirmSchema,
  HonourCreateSchema,
  HonourExportQuerySchema,
  HonourListQuerySchema,
  HonourSchema,
  HonourTotalsSchema,
  HonourUpdateSchema,
  ServiceCreateSchema,
  ServiceExportQuerySchema,
  ServiceListQuerySchema,
  ServiceSchema,
  ServiceTotalsSchema,
  ServiceUpdateSchema,
} from "./schema";

const deleted = ok({ type: "object", properties: { id: { type: "string" }, deleted: { type: "boolean" } }, required: ["id", "deleted"] });

export function honourPaths(): Paths {
  const honour = output(HonourSchema);
  const service = output(ServiceSchema);
  const tags = ["劳模工匠"];
  return {
    "/api/v1/honours": {
      get: {
        tags,
        summary: "荣誉列表（个人与集体荣誉，含竞赛产生的提名）；会员只看到本人的荣誉",
        parameters: queryParams(HonourListQuerySchema),
        responses: { "200": ok(output(cappedListOf(HonourSchema).extend({ totals: cappedTotals(HonourTotalsSchema) }))), ...errors },
      },
      post: { tags, summary: "登记荣誉", requestBody: body(HonourCreateSchema), responses: { "201": ok(honour), ...errors } },
    },
    "/api/v1/honours/export": {
      get: { tags, summary: "导出荣誉列表（.xlsx）", parameters: queryParams(HonourExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/honours/{id}": {
      get: { tags, summary: "荣誉详情", parameters: idParam("uuid"), responses: { "200": ok(honour), ...errors } },
      patch: { tags, summary: "修改荣誉", parameters: idParam("uuid"), requestBody: body(HonourUpdateSchema), responses: { "200": ok(honour), ...errors } },
      delete: { tags, summary: "删除荣誉（软删除）", parameters: idParam("uuid"), responses: { "200": deleted, ...errors } },
    },
    "/api/v1/honours/{id}/confirm": {
      post: { tags, summary: "确认提名为已授予", parameters: idParam("uuid"), requestBody: body(HonourConfirmSchema), responses: { "200": ok(honour), ...errors } },
    },
    "/api/v1/model-worker-services": {
      get: {
        tags,
        summary: "劳模服务记录（体检、疗休养、服务卡、走访慰问）",
        parameters: queryParams(ServiceListQuerySchema),
        responses: { "200": ok(output(cappedListOf(ServiceSchema).extend({ totals: cappedTotals(ServiceTotalsSchema) }))), ...errors },
      },
      post: { tags, summary: "登记劳模服务", requestBody: body(ServiceCreateSchema), responses: { "201": ok(service), ...errors } },
    },
    "/api/v1/model-worker-services/export": {
      get: { tags, summary: "导出劳模服务记录（.xlsx）", parameters: queryParams(ServiceExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/model-worker-services/{id}": {
      get: { tags, summary: "劳模服务记录详情", parameters: idParam("uuid"), responses: { "200": ok(service), ...errors } },
      patch: { tags, summary: "修改劳模服务记录", parameters: idParam("uuid"), requestBody: body(ServiceUpdateSchema), responses: { "200": ok(service), ...errors } },
      delete: { tags, summary: "删除劳模服务记录（软删除）", parameters: idParam("uuid"), responses: { "200": deleted, ...errors } },
    },
  };
}

