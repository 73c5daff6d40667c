import { body, errors, conflictError, idParam, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  MemberCreateSchema,
  MemberExportQuerySchema,
  MemberLeaveSchema,
  MemberListQuerySchema,
  MemberPageSchema,
  MemberSchema,
  MemberTransferSchema,
  MemberUpdateSchema,
} from "./schema";

export function memberPaths(): Paths {
  const member = output(MemberSchema);
  const tags = ["会员"];
  return {
    "/api/v1/members": {
      get: { tags, summary: "会员检索（姓名、手机号或身份证号）", parameters: queryParams(MemberListQuerySchema), responses: { "200": ok(output(MemberPageSchema)), ...errors } },
      post: { tags, summary: "登记会员", requestBody: body(MemberCreateSchema), responses: { "201": ok(member), ...conflictError, ...errors } },
    },
    "/api/v1/members/export": {
      get: { tags, summary: "导出会员名册（.xlsx，身份证号脱敏）", parameters: queryParams(MemberExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/members/{id}": {
      get: { tags, summary: "会员详情（身份证号脱敏）", parameters: idParam("uuid"), responses: { "200": ok(member), ...errors } },
      patch: { tags, summary: "修改会员信息", parameters: idParam("uuid"), requestBody: body(MemberUpdateSchema), responses: { "200": ok(member), ...conflictError, ...errors } },
    },
    "/api/v1/members/{id}/transfer": {
      post: { tags, summary: "会员转会", parameters: idParam("uuid"), requestBody: body(MemberTransferSchema), responses: { "200": ok(member), ...errors } },
    },
    "/api/v1/members/{id}/leave": {
      post: { tags, summary: "会员退会", parameters: idParam("uuid"), requestBody: body(MemberLeaveSchema), responses: { "200": ok(member), ...errors } },
    },
    "/api/v1/members/{id}/id-number": {
      post: {
        tags,
        summary: "查看完整身份证号（记入审计日志）",
        parameters: idParam("uuid"),
        responses: { "200": ok({ type: "object", properties: { idNumber: { type: "string" } }, required: ["idNumber"] }), ...errors },
      },
    },
  };
}
