import { z } from "../validation/zod";
import { body, errors, conflictError, idParam, listOf, ok, output, queryParams, type Paths } from "../openapi/helpers";
import { OrgCreateSchema, OrgListQuerySchema, OrgSchema, OrgUpdateSchema } from "./schema";

export function orgPaths(): Paths {
  const org = output(OrgSchema);
  return {
    "/api/v1/organisations": {
      get: { tags: ["组织"], summary: "组织列表", parameters: queryParams(OrgListQuerySchema), responses: { "200": ok(output(listOf(OrgSchema))), ...errors } },
      post: { tags: ["组织"], summary: "新建下级组织", requestBody: body(OrgCreateSchema), responses: { "201": ok(org), ...conflictError, ...errors } },
    },
    "/api/v1/organisations/{id}": {
      get: { tags: ["组织"], summary: "组织详情（含下级工会数、会员数；省、市级的这两项取自数据看板的汇总，countsAsOf 为其数据截至，县级及以下实时计数、countsAsOf 为 null）", parameters: idParam("integer"), responses: { "200": ok(org), ...errors } },
      patch: { tags: ["组织"], summary: "修改组织信息", parameters: idParam("integer"), requestBody: body(OrgUpdateSchema), responses: { "200": ok(org), ...errors } },
    },
    "/api/v1/organisations/{id}/children": {
      get: {
        tags: ["组织"],
        summary: "直属下级组织及其统计",
        parameters: idParam("integer"),
        responses: { "200": ok(output(z.object({ data: z.array(OrgSchema), total: z.number() }))), ...errors },
      },
    },
  };
}
