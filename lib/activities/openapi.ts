import { body, conflictError, errors, idParam, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { z } from "../validation/zod";
import {
  ActivityCreateSchema,
  ActivityDetailSchema,
  ActivityExportQuerySchema,
  ActivityListQuerySchema,
  ActivitySchema,
  ActivityTotalsSchema,
  ActivityTypeCreateSchema,
  ActivityTypeListQuerySchema,
  ActivityTypeSchema,
  ActivityTypeUpdateSchema,
  ActivityUpdateSchema,
  AttachmentSchema,
} from "./schema";
import { ATTACHMENT_HINT } from "./labels";

export function activityPaths(): Paths {
  const detail = ok(output(ActivityDetailSchema));
  const deleted = ok({ type: "object", properties: { id: { type: "string" }, deleted: { type: "boolean" } }, required: ["id", "deleted"] });
  const tags = ["工作台账"];
  const id = idParam("uuid");
  const attachmentId = { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
  return {
    "/api/v1/activities": {
      get: { tags, summary: "工作台账列表（含人数与金额合计）", parameters: queryParams(ActivityListQuerySchema), responses: { "200": ok(output(cappedListOf(ActivitySchema).extend({ totals: cappedTotals(ActivityTotalsSchema) }))), ...errors } },
      post: { tags, summary: "登记活动", requestBody: body(ActivityCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/activities/export": {
      get: { tags, summary: "导出工作台账（.xlsx）", parameters: queryParams(ActivityExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/activities/{id}": {
      get: { tags, summary: "活动详情（含附件列表）", parameters: id, responses: { "200": detail, ...errors } },
      patch: { tags, summary: "修改活动", parameters: id, requestBody: body(ActivityUpdateSchema), responses: { "200": detail, ...errors } },
      delete: { tags, summary: "删除活动（软删除）", parameters: id, responses: { "200": deleted, ...errors } },
    },
    "/api/v1/activities/{id}/attachments": {
      get: { tags, summary: "附件列表", parameters: id, responses: { "200": ok(output(z.object({ data: z.array(AttachmentSchema) }))), ...errors } },
      post: {
        tags,
        summary: `上传附件（multipart/form-data，字段 file）。${ATTACHMENT_HINT}；文件保存在服务器磁盘，不进数据库`,
        parameters: id,
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
        responses: { "201": ok(output(AttachmentSchema)), ...errors },
      },
    },
    "/api/v1/activities/{id}/attachments/{attachmentId}": {
      get: {
        tags,
        summary: "下载附件（Content-Disposition 带原文件名）",
        parameters: [...id, attachmentId],
        responses: { "200": { description: "文件内容", content: { "application/octet-stream": {} } }, ...errors },
      },
      delete: { tags, summary: "删除附件（软删除）", parameters: [...id, attachmentId], responses: { "200": deleted, ...errors } },
    },
    "/api/v1/activity-types": {
      get: { tags, summary: "活动类型列表（可配置）", parameters: queryParams(ActivityTypeListQuerySchema), responses: { "200": ok(output(z.object({ data: z.array(ActivityTypeSchema) }))), ...errors } },
      post: { tags, summary: "新增活动类型（管理员）", requestBody: body(ActivityTypeCreateSchema), responses: { "201": ok(output(ActivityTypeSchema)), ...conflictError, ...errors } },
    },
    "/api/v1/activity-types/{id}": {
      patch: { tags, summary: "修改、停用或启用活动类型（管理员）", parameters: idParam("integer"), requestBody: body(ActivityTypeUpdateSchema), responses: { "200": ok(output(ActivityTypeSchema)), ...errors } },
    },
  };
}
