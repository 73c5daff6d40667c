// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the
// handlers validate with, so the document cannot drift from the code.
import { z } from "./validation/zod";
import { OrgCreateSchema, OrgListQuerySchema, OrgSchema, OrgUpdateSchema } from "./orgs/schema";
import {
  MemberCreateSchema,
  MemberLeaveSchema,
  MemberListQuerySchema,
  MemberSchema,
  MemberTransferSchema,
  MemberUpdateSchema,
} from "./members/schema";

type Json = Record<string, unknown>;

function jsonSchema(s: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Json;
  return schema;
}
const input = (s: z.ZodType) => jsonSchema(s, "input");
const output = (s: z.ZodType) => jsonSchema(s, "output");

function queryParams(s: z.ZodType) {
  const schema = input(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, p]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: p,
  }));
}

const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "INTERNAL"]),
    message: z.string().describe("中文错误信息"),
    fields: z.record(z.string(), z.string()).optional().describe("字段 → 错误信息"),
  }),
});

const listOf = (item: z.ZodType) =>
  z.object({ data: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const ok = (schema: Json, description = "成功") => ({ description, content: { "application/json": { schema } } });
const errors = {
  "400": { $ref: "#/components/responses/Error" },
  "401": { $ref: "#/components/responses/Error" },
  "403": { $ref: "#/components/responses/Error" },
  "404": { $ref: "#/components/responses/Error" },
};
const body = (s: z.ZodType) => ({ required: true, content: { "application/json": { schema: input(s) } } });
const idParam = (type: "integer" | "string") => [
  { name: "id", in: "path", required: true, schema: type === "integer" ? { type } : { type, format: "uuid" } },
];

export function buildOpenApi() {
  const org = output(OrgSchema);
  const member = output(MemberSchema);
  return {
    openapi: "3.1.0",
    info: {
      title: "工会工作平台 API",
      version: "1.0.0",
      description:
        "县（区）总工会工作平台的 JSON 接口。所有接口使用登录会话（next-auth 凭据登录后的 Cookie），" +
        "按调用者的组织范围授权：范围外的记录返回 404，无权操作返回 403。错误统一为 { error: { code, message, fields? } }。",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      responses: { Error: ok(output(ErrorSchema), "错误") },
    },
    security: [{ session: [] }],
    paths: {
      "/api/v1/organisations": {
        get: { summary: "组织列表", parameters: queryParams(OrgListQuerySchema), responses: { "200": ok(output(listOf(OrgSchema))), ...errors } },
        post: { summary: "新建下级组织", requestBody: body(OrgCreateSchema), responses: { "201": ok(org), "409": errors["400"], ...errors } },
      },
      "/api/v1/organisations/{id}": {
        get: { summary: "组织详情（含下级工会数、会员数）", parameters: idParam("integer"), responses: { "200": ok(org), ...errors } },
        patch: { summary: "修改组织信息", parameters: idParam("integer"), requestBody: body(OrgUpdateSchema), responses: { "200": ok(org), ...errors } },
      },
      "/api/v1/organisations/{id}/children": {
        get: { summary: "直属下级组织及其统计", parameters: idParam("integer"), responses: { "200": ok(output(z.object({ data: z.array(OrgSchema), total: z.number() }))), ...errors } },
      },
      "/api/v1/members": {
        get: { summary: "会员检索（姓名、手机号或身份证号）", parameters: queryParams(MemberListQuerySchema), responses: { "200": ok(output(listOf(MemberSchema))), ...errors } },
        post: { summary: "登记会员", requestBody: body(MemberCreateSchema), responses: { "201": ok(member), "409": errors["400"], ...errors } },
      },
      "/api/v1/members/{id}": {
        get: { summary: "会员详情（身份证号脱敏）", parameters: idParam("string"), responses: { "200": ok(member), ...errors } },
        patch: { summary: "修改会员信息", parameters: idParam("string"), requestBody: body(MemberUpdateSchema), responses: { "200": ok(member), ...errors } },
      },
      "/api/v1/members/{id}/transfer": {
        post: { summary: "会员转会", parameters: idParam("string"), requestBody: body(MemberTransferSchema), responses: { "200": ok(member), ...errors } },
      },
      "/api/v1/members/{id}/leave": {
        post: { summary: "会员退会", parameters: idParam("string"), requestBody: body(MemberLeaveSchema), responses: { "200": ok(member), ...errors } },
      },
      "/api/v1/members/{id}/id-number": {
        post: {
          summary: "查看完整身份证号（记入审计日志）",
          parameters: idParam("string"),
          responses: { "200": ok({ type: "object", properties: { idNumber: { type: "string" } }, required: ["idNumber"] }), ...errors },
        },
      },
      "/api/v1/me": { get: { summary: "当前用户", responses: { "200": ok({ type: "object" }), ...errors } } },
    },
  };
}
