import { z } from "../validation/zod";
import { body, conflictError, errors, idParam, listOf, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { importOperation } from "../xlsx/openapi";
import {
  CompetitionCreateSchema,
  CompetitionDetailSchema,
  CompetitionExportQuerySchema,
  CompetitionListQuerySchema,
  CompetitionSchema,
  CompetitionTotalsSchema,
  CompetitionUpdateSchema,
  EntryCreateSchema,
  EntryExportQuerySchema,
  EntryListQuerySchema,
  EntrySchema,
  EntryUpdateSchema,
  NominationCreateSchema,
} from "./schema";

const deleted = ok(output(z.object({ id: z.string(), deleted: z.boolean() })));

export function competitionPaths(): Paths {
  const tags = ["劳动和技能竞赛"];
  const competition = output(CompetitionDetailSchema);
  const entry = output(EntrySchema);
  const withEntry = [...idParam("uuid"), { name: "entryId", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
  return {
    "/api/v1/competitions": {
      get: {
        tags,
        summary: "竞赛列表（按组织范围、时间段、类别、级别筛选；含参赛、获奖、推荐合计）；会员只看到本人参加的竞赛",
        parameters: queryParams(CompetitionListQuerySchema),
        responses: { "200": ok(output(cappedListOf(CompetitionSchema).extend({ totals: cappedTotals(CompetitionTotalsSchema) }))), ...errors },
      },
      post: { tags, summary: "新建竞赛", requestBody: body(CompetitionCreateSchema), responses: { "201": ok(competition), ...errors } },
    },
    "/api/v1/competitions/export": {
      get: { tags, summary: "导出竞赛列表（.xlsx）", parameters: queryParams(CompetitionExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/competitions/{id}": {
      get: { tags, summary: "竞赛详情（含各工种参赛、获奖人次）", parameters: idParam("uuid"), responses: { "200": ok(competition), ...errors } },
      patch: { tags, summary: "修改竞赛", parameters: idParam("uuid"), requestBody: body(CompetitionUpdateSchema), responses: { "200": ok(competition), ...errors } },
      delete: { tags, summary: "删除竞赛（软删除；已有荣誉推荐时不能删除）", parameters: idParam("uuid"), responses: { "200": deleted, ...conflictError, ...errors } },
    },
    "/api/v1/competitions/{id}/entries": {
      get: {
        tags,
        summary: "参赛选手（工种、成绩、名次、奖项、荣誉推荐）；会员只看到本人的记录",
        parameters: [...idParam("uuid"), ...queryParams(EntryListQuerySchema)],
        responses: { "200": ok(output(listOf(EntrySchema))), ...errors },
      },
      post: { tags, summary: "登记选手（从会员名册中选择本竞赛组织范围内的会员）", parameters: idParam("uuid"), requestBody: body(EntryCreateSchema), responses: { "201": ok(entry), ...conflictError, ...errors } },
    },
    "/api/v1/competitions/{id}/entries/{entryId}": {
      get: { tags, summary: "参赛记录", parameters: withEntry, responses: { "200": ok(entry), ...errors } },
      patch: { tags, summary: "修改成绩、名次、奖项", parameters: withEntry, requestBody: body(EntryUpdateSchema), responses: { "200": ok(entry), ...conflictError, ...errors } },
      delete: { tags, summary: "删除参赛记录（已推荐荣誉的不能删除）", parameters: withEntry, responses: { "200": deleted, ...conflictError, ...errors } },
    },
    "/api/v1/competitions/{id}/entries/{entryId}/nomination": {
      post: {
        tags,
        summary: "推荐第一名为荣誉人选（默认县级五一劳动奖章）：在荣誉表中新增一条“提名”记录；每条参赛记录只能推荐一次",
        parameters: withEntry,
        requestBody: body(NominationCreateSchema),
        responses: { "201": ok(entry), ...conflictError, ...errors },
      },
    },
    "/api/v1/competitions/{id}/entries/export": {
      get: {
        tags,
        summary: "导出选手名单（.xlsx，与导入模板同列）；format=import 时含完整身份证号（仅工会干部、管理员，记入审计日志）",
        parameters: [...idParam("uuid"), ...queryParams(EntryExportQuerySchema)],
        responses: { "200": xlsx, ...errors },
      },
    },
    "/api/v1/competitions/{id}/entries/import": {
      post: importOperation(tags, "导入选手（.xlsx）：试导入或全部导入", idParam("uuid")),
    },
    "/api/v1/competitions/{id}/entries/import/template": {
      get: { tags, summary: "下载选手导入模板（.xlsx，含示例行、本竞赛工种和填写说明）", parameters: idParam("uuid"), responses: { "200": xlsx, ...errors } },
    },
  };
}
