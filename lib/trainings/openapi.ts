import { z } from "../validation/zod";
import { body, conflictError, errors, idParam, listOf, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { importOperation } from "../xlsx/openapi";
import {
  EnrolmentBatchResultSchema,
  EnrolmentBatchSchema,
  EnrolmentCreateSchema,
  EnrolmentExportQuerySchema,
  EnrolmentListQuerySchema,
  EnrolmentSchema,
  EnrolmentUpdateSchema,
  TrainingCreateSchema,
  TrainingDetailSchema,
  TrainingExportQuerySchema,
  TrainingListQuerySchema,
  TrainingSchema,
  TrainingTotalsSchema,
  TrainingUpdateSchema,
} from "./schema";

const deleted = ok(output(z.object({ id: z.string(), deleted: z.boolean() })));

export function trainingPaths(): Paths {
  const tags = ["技能培训"];
  const session = output(TrainingDetailSchema);
  const enrolment = output(EnrolmentSchema);
  const sessionAndEnrolment = [...idParam("uuid"), { name: "enrolmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
  return {
    "/api/v1/trainings": {
      get: {
        tags,
        summary: "培训列表（按组织范围、时间段、类型、方式筛选；含参训人次等合计）；会员只看到本人参加的培训",
        parameters: queryParams(TrainingListQuerySchema),
        responses: { "200": ok(output(cappedListOf(TrainingSchema).extend({ totals: cappedTotals(TrainingTotalsSchema) }))), ...errors },
      },
      post: { tags, summary: "新建培训", requestBody: body(TrainingCreateSchema), responses: { "201": ok(session), ...errors } },
    },
    "/api/v1/trainings/export": {
      get: { tags, summary: "导出培训列表（.xlsx）", parameters: queryParams(TrainingExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/trainings/{id}": {
      get: { tags, summary: "培训详情（含各培训结果人数）", parameters: idParam("uuid"), responses: { "200": ok(session), ...errors } },
      patch: { tags, summary: "修改培训", parameters: idParam("uuid"), requestBody: body(TrainingUpdateSchema), responses: { "200": ok(session), ...errors } },
      delete: { tags, summary: "删除培训（软删除）", parameters: idParam("uuid"), responses: { "200": deleted, ...errors } },
    },
    "/api/v1/trainings/{id}/enrolments": {
      get: {
        tags,
        summary: "培训学员（参训会员）名单；会员只看到本人的记录",
        parameters: [...idParam("uuid"), ...queryParams(EnrolmentListQuerySchema)],
        responses: { "200": ok(output(listOf(EnrolmentSchema))), ...errors },
      },
      post: {
        tags,
        summary: "登记学员（从会员名册中选择本培训组织范围内的会员）",
        parameters: idParam("uuid"),
        requestBody: body(EnrolmentCreateSchema),
        responses: { "201": ok(enrolment), ...conflictError, ...errors },
      },
    },
    "/api/v1/trainings/{id}/enrolments/{enrolmentId}": {
      get: { tags, summary: "学员记录", parameters: sessionAndEnrolment, responses: { "200": ok(enrolment), ...errors } },
      patch: { tags, summary: "修改参训情况和培训结果", parameters: sessionAndEnrolment, requestBody: body(EnrolmentUpdateSchema), responses: { "200": ok(enrolment), ...errors } },
      delete: { tags, summary: "移除学员", parameters: sessionAndEnrolment, responses: { "200": deleted, ...errors } },
    },
    "/api/v1/trainings/{id}/enrolments/export": {
      get: {
        tags,
        summary: "导出学员名单（.xlsx，与导入模板同列）；format=import 时含完整身份证号（仅工会干部、管理员，记入审计日志）",
        parameters: [...idParam("uuid"), ...queryParams(EnrolmentExportQuerySchema)],
        responses: { "200": xlsx, ...errors },
      },
    },
    "/api/v1/trainings/{id}/enrolments/batch": {
      post: {
        tags,
        summary: "批量登记学员（会员名册中勾选的会员）：全部登记或全部不登记，已在名单中的不重复登记",
        parameters: idParam("uuid"),
        requestBody: body(EnrolmentBatchSchema),
        responses: { "200": ok(output(EnrolmentBatchResultSchema)), ...errors },
      },
    },
    "/api/v1/trainings/{id}/enrolments/import": {
      post: importOperation(tags, "导入学员（.xlsx）：试导入或全部导入", idParam("uuid")),
    },
    "/api/v1/trainings/{id}/enrolments/import/template": {
      get: { tags, summary: "下载学员导入模板（.xlsx，含示例行和填写说明）", parameters: idParam("uuid"), responses: { "200": xlsx, ...errors } },
    },
  };
}
