import { body, conflictError, errors, idParam, listOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  AchievementCreateSchema,
  AchievementUpdateSchema,
  MentorshipCreateSchema,
  MentorshipOutcomeSchema,
  StudioCreateSchema,
  StudioDetailSchema,
  StudioExportQuerySchema,
  StudioListQuerySchema,
  StudioMemberAddSchema,
  StudioSchema,
  StudioStatusSchema,
  StudioTotalsSchema,
  StudioUpdateSchema,
} from "./schema";

const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" } });

export function studioPaths(): Paths {
  const detail = ok(output(StudioDetailSchema));
  const deleted = ok({ type: "object", properties: { id: { type: "string" }, deleted: { type: "boolean" } }, required: ["id", "deleted"] });
  const tags = ["创新工作室"];
  const studioId = idParam("uuid");
  return {
    "/api/v1/studios": {
      get: { tags, summary: "创新工作室列表（含成果与师徒结对合计）", parameters: queryParams(StudioListQuerySchema), responses: { "200": ok(output(listOf(StudioSchema).extend({ totals: StudioTotalsSchema }))), ...errors } },
      post: { tags, summary: "命名创新工作室", requestBody: body(StudioCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/studios/export": {
      get: { tags, summary: "导出创新工作室列表（.xlsx）", parameters: queryParams(StudioExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/studios/{id}": {
      get: { tags, summary: "工作室详情：成员、成果、师徒结对、时间线与合计", parameters: studioId, responses: { "200": detail, ...errors } },
      patch: { tags, summary: "修改工作室信息（状态另行变更）", parameters: studioId, requestBody: body(StudioUpdateSchema), responses: { "200": detail, ...errors } },
      delete: { tags, summary: "删除工作室（软删除）", parameters: studioId, responses: { "200": deleted, ...errors } },
    },
    "/api/v1/studios/{id}/status": {
      post: {
        tags,
        summary: "变更工作室状态：仅允许 已命名→复核通过、已命名/复核通过→已撤销",
        parameters: studioId,
        requestBody: body(StudioStatusSchema),
        responses: { "200": detail, ...conflictError, ...errors },
      },
    },
    "/api/v1/studios/{id}/members": {
      post: { tags, summary: "添加工作室成员", parameters: studioId, requestBody: body(StudioMemberAddSchema), responses: { "201": detail, ...conflictError, ...errors } },
    },
    "/api/v1/studios/{id}/members/{memberId}": {
      delete: { tags, summary: "移出工作室成员", parameters: [...studioId, path("memberId")], responses: { "200": detail, ...errors } },
    },
    "/api/v1/studios/{id}/achievements": {
      post: { tags, summary: "登记创新成果", parameters: studioId, requestBody: body(AchievementCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/studios/{id}/achievements/{achievementId}": {
      patch: { tags, summary: "修改创新成果", parameters: [...studioId, path("achievementId")], requestBody: body(AchievementUpdateSchema), responses: { "200": detail, ...errors } },
      delete: { tags, summary: "删除创新成果（软删除）", parameters: [...studioId, path("achievementId")], responses: { "200": detail, ...errors } },
    },
    "/api/v1/studios/{id}/mentorships": {
      post: { tags, summary: "登记师徒结对", parameters: studioId, requestBody: body(MentorshipCreateSchema), responses: { "201": detail, ...errors } },
    },
    "/api/v1/studios/{id}/mentorships/{mentorshipId}": {
      patch: { tags, summary: "登记带教结果", parameters: [...studioId, path("mentorshipId")], requestBody: body(MentorshipOutcomeSchema), responses: { "200": detail, ...errors } },
      delete: { tags, summary: "删除师徒结对（软删除）", parameters: [...studioId, path("mentorshipId")], responses: { "200": detail, ...errors } },
    },
  };
}
