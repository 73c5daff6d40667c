import { importOperation } from "../xlsx/openapi";
import { body, errors, conflictError, idParam, listOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
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
import { TransferCancelSchema, TransferRequestListQuerySchema, TransferRequestSchema, TransferStartSchema, TransferUnionQuerySchema } from "./transfer-schema";

export function memberPaths(): Paths {
  const member = output(MemberSchema);
  const tags = ["会员"];
  return {
    "/api/v1/members": {
      get: { tags, summary: "会员检索（姓名、手机号或身份证号）", parameters: queryParams(MemberListQuerySchema), responses: { "200": ok(output(MemberPageSchema)), ...errors } },
      post: { tags, summary: "登记会员", requestBody: body(MemberCreateSchema), responses: { "201": ok(member), ...conflictError, ...errors } },
    },
    "/api/v1/members/export": {
      get: {
        tags,
        summary: "导出会员名册（.xlsx）",
        description: "format=list（默认）：名册，身份证号脱敏。format=import：与导入模板相同的列，含完整身份证号，仅工会干部和管理员可用（领导 403），记入审计日志。",
        parameters: queryParams(MemberExportQuerySchema),
        responses: { "200": xlsx, ...errors },
      },
    },
    "/api/v1/members/import": {
      post: importOperation(
        tags,
        "会员批量导入（.xlsx）：试导入或全部导入",
        [],
        "上传 .xlsx 文件（multipart/form-data，字段名 file，不超过 10 MB、50,000 行），按行登记会员。dryRun=1 为试导入：不写入任何数据，返回每一处错误（行号、列名、原因）。" +
          "所属工会须在调用者的管辖范围内（填名称或统一社会信用代码）；已在名册中的人员报为重复，在其他地区登记的只提示办理转会，不透露其工会。" +
          "正式导入在一个事务中写入全部行；只要有一处错误就不写入任何数据，并以 400 返回错误及完整报告（report）。",
      ),
    },
    "/api/v1/member-transfers": {
      get: {
        tags,
        summary: "会籍接转：转入（direction=in）或转出（direction=out）申请；会员本人看到自己的",
        parameters: queryParams(TransferRequestListQuerySchema),
        responses: { "200": ok(output(listOf(TransferRequestSchema))), ...errors },
      },
      post: {
        tags,
        summary: "发起转出（转出工会干部或会员本人），转入工会可为全省任一基层工会；有正在办理的帮扶救助申请时 409",
        requestBody: body(TransferStartSchema),
        responses: { "201": ok(output(TransferRequestSchema)), ...conflictError, ...errors },
      },
    },
    "/api/v1/member-transfers/unions": {
      get: {
        tags,
        summary: "按名称检索全省的基层工会（仅 id 与名称），用于选择转入工会",
        parameters: queryParams(TransferUnionQuerySchema),
        responses: { "200": ok({ type: "object", properties: { data: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } } } } }), ...errors },
      },
    },
    "/api/v1/member-transfers/{id}": {
      get: { tags, summary: "一条转会申请（仅转出方、转入方及会员本人可见，否则 404）", parameters: idParam("uuid"), responses: { "200": ok(output(TransferRequestSchema)), ...errors } },
    },
    "/api/v1/member-transfers/{id}/accept": {
      post: {
        tags,
        summary: "转入方接收：会员转入，未结的困难职工档案随之转入；超过30天未接收或有正在办理的帮扶救助申请时 409",
        parameters: idParam("uuid"),
        responses: { "200": ok(output(TransferRequestSchema)), ...conflictError, ...errors },
      },
    },
    "/api/v1/member-transfers/{id}/cancel": {
      post: {
        tags,
        summary: "撤销待接收的转会申请（任一方或会员本人）",
        parameters: idParam("uuid"),
        requestBody: body(TransferCancelSchema),
        responses: { "200": ok(output(TransferRequestSchema)), ...conflictError, ...errors },
      },
    },
    "/api/v1/members/import/template": {
      get: { tags, summary: "会员批量导入模板（.xlsx）", responses: { "200": xlsx, ...errors } },
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
