import { body, errors, conflictError, idParam, cappedListOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  HardshipExportQuerySchema,
  HardshipFileCreateSchema,
  HardshipFileDetailSchema,
  HardshipFileSchema,
  HardshipFileUpdateSchema,
  HardshipListQuerySchema,
  HardshipRevealSchema,
  HardshipStatusSchema,
  HardshipVisitSchema,
} from "./schema";

export function hardshipPaths(): Paths {
  const detail = output(HardshipFileDetailSchema);
  const tags = ["困难职工档案"];
  return {
    "/api/v1/hardship-files": {
      get: { tags, summary: "困难职工档案列表（reviewDue=1：复核到期）", parameters: queryParams(HardshipListQuerySchema), responses: { "200": ok(output(cappedListOf(HardshipFileSchema))), ...errors } },
      post: {
        tags,
        summary: "建立困难职工档案（全省一人只能有一份未结案档案，重复时 409 且不透露档案所在单位）",
        requestBody: body(HardshipFileCreateSchema),
        responses: { "201": ok(detail), ...conflictError, ...errors },
      },
    },
    "/api/v1/hardship-files/export": {
      get: { tags, summary: "导出困难职工档案（.xlsx，身份证号脱敏，不含困难情况说明）", parameters: queryParams(HardshipExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/hardship-files/{id}": {
      get: { tags, summary: "档案详情（含走访记录，不含加密的说明与核实情况）", parameters: idParam("uuid"), responses: { "200": ok(detail), ...errors } },
      patch: { tags, summary: "修改待核实或在档的档案", parameters: idParam("uuid"), requestBody: body(HardshipFileUpdateSchema), responses: { "200": ok(detail), ...conflictError, ...errors } },
    },
    "/api/v1/hardship-files/{id}/status": {
      post: {
        tags,
        summary: "变更档案状态：待核实→在档（须有走访记录）/关闭；在档→已解困/关闭；已解困→关闭",
        parameters: idParam("uuid"),
        requestBody: body(HardshipStatusSchema),
        responses: { "200": ok(detail), ...conflictError, ...errors },
      },
    },
    "/api/v1/hardship-files/{id}/visits": {
      post: { tags, summary: "登记入户核实走访（核实情况加密保存）", parameters: idParam("uuid"), requestBody: body(HardshipVisitSchema), responses: { "201": ok(detail), ...conflictError, ...errors } },
    },
    "/api/v1/hardship-files/{id}/details": {
      post: { tags, summary: "查看困难情况说明与走访核实情况（记入审计日志；领导账号不可用）", parameters: idParam("uuid"), responses: { "200": ok(output(HardshipRevealSchema)), ...errors } },
    },
  };
}
