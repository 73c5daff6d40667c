import { body, conflictError, errors, idParam, listOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { z } from "../validation/zod";
import { ATTACHMENT_HINT } from "../activities/labels";
import {
  AttachmentRefSchema,
  CompleteSchema,
  DecisionSchema,
  DecisionUpdateSchema,
  MeetingCreateSchema,
  MeetingSchema,
  PlanCreateSchema,
  PlanHeadingSchema,
  PlanListQuerySchema,
  PlanSchema,
  PlanUpdateSchema,
  ReformSummaryQuerySchema,
  ReformSummarySchema,
  ReopenSchema,
  ReportCreateSchema,
  ScopeTaskQuerySchema,
  TaskCreateSchema,
  TaskDetailSchema,
  TaskListQuerySchema,
  TaskRowSchema,
  TaskUpdateSchema,
  UnitCreateSchema,
  UnitListQuerySchema,
  UnitSchema,
  UnitSummarySchema,
  UnitUpdateSchema,
} from "./schema";

export function reformPaths(): Paths {
  const tags = ["产改任务"];
  const uuid = idParam("uuid");
  const int = idParam("integer");
  const plan = ok(output(z.union([PlanSchema, PlanHeadingSchema])), "方案（协同单位账号只见标题与工程）");
  const task = ok(output(TaskDetailSchema));
  const meetings = ok(output(z.object({ data: z.array(MeetingSchema) })));
  const attachmentId = { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
  return {
    "/api/v1/reform/plans": {
      get: { tags, summary: "产改方案列表（本级及下级，和上级的方案；协同单位账号：其任务所在方案的标题）", parameters: queryParams(PlanListQuerySchema), responses: { "200": ok(output(listOf(z.union([PlanSchema, PlanHeadingSchema])))), ...errors } },
      post: { tags, summary: "新建方案（工作要点/实施方案）及其工程", requestBody: body(PlanCreateSchema), responses: { "201": plan, ...conflictError, ...errors } },
    },
    "/api/v1/reform/plans/{id}": {
      get: { tags, summary: "方案详情（任务按状态计数）", parameters: uuid, responses: { "200": plan, ...errors } },
      patch: { tags, summary: "修改方案名称或工程列表（有任务的工程不能删除）", parameters: uuid, requestBody: body(PlanUpdateSchema), responses: { "200": plan, ...conflictError, ...errors } },
    },
    "/api/v1/reform/plans/{id}/tasks": {
      get: {
        tags,
        summary: "方案的任务（可按工程、单位、状态筛选；另附全方案的滞后任务与7天内到期任务）。协同单位账号只见本单位牵头或参与的任务",
        parameters: [...uuid, ...queryParams(TaskListQuerySchema)],
        responses: { "200": ok(output(listOf(TaskRowSchema).extend({ late: z.array(TaskRowSchema), dueSoon: z.array(TaskRowSchema) }))), ...errors },
      },
      post: { tags, summary: "新增任务（牵头、责任单位须在制定单位的协同单位名册中）", parameters: uuid, requestBody: body(TaskCreateSchema), responses: { "201": task, ...conflictError, ...errors } },
    },
    "/api/v1/reform/plans/{id}/units-summary": {
      get: { tags, summary: "按单位：各牵头/责任单位的任务数、完成/推进/滞后数和最近填报日期", parameters: uuid, responses: { "200": ok(output(z.object({ data: z.array(UnitSummarySchema) }))), ...errors } },
    },
    "/api/v1/reform/plans/{id}/meetings": {
      get: { tags, summary: "联席会议及议定事项（督办）", parameters: uuid, responses: { "200": meetings, ...errors } },
      post: { tags, summary: "记录联席会议及议定事项", parameters: uuid, requestBody: body(MeetingCreateSchema), responses: { "201": meetings, ...errors } },
    },
    "/api/v1/reform/plans/{id}/export": {
      get: { tags, summary: "导出方案任务及进展（.xlsx）", parameters: uuid, responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/reform/plans/{id}/import": {
      post: {
        tags,
        summary: "导入任务清单（.xlsx：序号、工程、任务内容、牵头单位、责任单位、完成时限、目标）。?dryRun=1 只检查并逐行报告错误；否则全部成功才写入",
        parameters: [...uuid, { name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["1", "0"] } }],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
        responses: { "200": ok({ type: "object" }), ...errors },
      },
    },
    "/api/v1/reform/plans/{id}/import-template": {
      get: { tags, summary: "本方案的任务清单导入模板（.xlsx，附工程列表）", parameters: uuid, responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/reform/tasks": {
      get: { tags, summary: "某组织及下级本年度各方案的任务（数据看板下钻）", parameters: queryParams(ScopeTaskQuerySchema), responses: { "200": ok(output(listOf(TaskRowSchema))), ...errors } },
    },
    "/api/v1/reform/summary": {
      get: { tags, summary: "产改任务完成率与滞后任务数", parameters: queryParams(ReformSummaryQuerySchema), responses: { "200": ok(output(ReformSummarySchema)), ...errors } },
    },
    "/api/v1/reform/tasks/{id}": {
      get: { tags, summary: "任务详情（节点、填报历史、状态变更）", parameters: uuid, responses: { "200": task, ...errors } },
      patch: { tags, summary: "修改任务（已完成的任务须先重新打开）", parameters: uuid, requestBody: body(TaskUpdateSchema), responses: { "200": task, ...conflictError, ...errors } },
    },
    "/api/v1/reform/tasks/{id}/reports": {
      post: {
        tags,
        summary: "填报进展（进度0–100；低于上次须说明原因；关联统计指标的任务不填进度）",
        parameters: uuid,
        requestBody: body(ReportCreateSchema),
        responses: { "201": ok(output(z.object({ id: z.string(), task: TaskDetailSchema }))), ...conflictError, ...errors },
      },
    },
    "/api/v1/reform/tasks/{id}/complete": {
      post: { tags, summary: "确认完成（方案制定单位）", parameters: uuid, requestBody: body(CompleteSchema), responses: { "200": task, ...conflictError, ...errors } },
    },
    "/api/v1/reform/tasks/{id}/reopen": {
      post: { tags, summary: "重新打开已完成的任务（须说明原因）", parameters: uuid, requestBody: body(ReopenSchema), responses: { "200": task, ...conflictError, ...errors } },
    },
    "/api/v1/reform/reports/{id}/attachments": {
      post: {
        tags,
        summary: `为进展填报上传附件（multipart/form-data，字段 file）。${ATTACHMENT_HINT}；与工作台账附件同一存储`,
        parameters: uuid,
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
        responses: { "201": ok(output(AttachmentRefSchema)), ...errors },
      },
    },
    "/api/v1/reform/reports/{id}/attachments/{attachmentId}": {
      get: { tags, summary: "下载进展附件", parameters: [...uuid, attachmentId], responses: { "200": { description: "文件内容", content: { "application/octet-stream": {} } }, ...errors } },
    },
    "/api/v1/reform/units": {
      get: { tags, summary: "协同单位名册（默认本单位的）", parameters: queryParams(UnitListQuerySchema), responses: { "200": ok(output(z.object({ data: z.array(UnitSchema), orgId: z.number().int(), canManage: z.boolean() }))), ...errors } },
      post: { tags, summary: "新增协同单位", requestBody: body(UnitCreateSchema), responses: { "201": ok(output(UnitSchema)), ...conflictError, ...errors } },
    },
    "/api/v1/reform/units/{id}": {
      patch: { tags, summary: "修改协同单位", parameters: int, requestBody: body(UnitUpdateSchema), responses: { "200": ok(output(UnitSchema)), ...conflictError, ...errors } },
    },
    "/api/v1/reform/decisions/{id}": {
      patch: { tags, summary: "议定事项办结（doneOn）或重新打开（null）", parameters: int, requestBody: body(DecisionUpdateSchema), responses: { "200": ok(output(DecisionSchema)), ...errors } },
    },
  };
}
