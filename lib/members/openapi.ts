import { z } from "../validation/zod";
import { importOperation } from "../xlsx/openapi";
import { body, errors, conflictError, rateLimitedError, idParam, listOf, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  LapsedListQuerySchema,
  LapsedMemberSchema,
  LapsedReviewSchema,
  MemberRetainSchema,
  MemberCreateSchema,
  MemberExportQuerySchema,
  MemberLeaveSchema,
  MemberListQuerySchema,
  MemberPageSchema,
  MemberSchema,
  MemberTransferSchema,
  MemberUpdateSchema,
} from "./schema";
import {
  AcceptedApplicationSchema,
  ApplicationAcceptSchema,
  ApplicationDeclineSchema,
  ApplicationListQuerySchema,
  JoinApplySchema,
  JoinReceiptSchema,
  JoinStatusQuerySchema,
  JoinStatusSchema,
  JoinUnionQuerySchema,
  MemberApplicationSchema,
} from "./join-schema";
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
    "/api/v1/members/{id}/retain": {
      post: { tags, summary: "保留会籍（退休会员）：此后不计入在会会员，另行统计", parameters: idParam("uuid"), requestBody: body(MemberRetainSchema), responses: { "200": ok(member), ...conflictError, ...errors } },
    },
    "/api/v1/members/lapsed": {
      get: {
        tags,
        summary: "会籍复核名单：连续六个月未参加工会活动的在会会员（只列出，不自动处理）",
        parameters: queryParams(LapsedListQuerySchema),
        responses: {
          "200": ok(
            output(
              listOf(LapsedMemberSchema).extend({
                totalCapped: z.boolean().describe("为 true 时待复核的会员超过 1,000 人：total 为 1,000"),
                cutoff: z.string().describe("六个月前的这一天：此后没有工会活动的在会会员列入名单"),
              }),
            ),
          ),
          ...errors,
        },
      },
    },
    "/api/v1/members/{id}/lapsed-review": {
      post: {
        tags,
        summary: "会籍复核：保留（记录复核日期，六个月内不再列入名单）或按退会处理",
        parameters: idParam("uuid"),
        requestBody: body(LapsedReviewSchema),
        responses: { "200": ok(member), ...conflictError, ...errors },
      },
    },
    "/api/v1/join/applications": {
      post: {
        tags: ["网上入会"],
        summary: "网上入会申请（无需登录）",
        description: "按手机号、身份证号和来源地址限制次数。已是会员与否，提交的回答完全相同；每一种拒绝（次数超限、已有待审核的申请）都返回同一条 429 提示。",
        security: [],
        requestBody: body(JoinApplySchema),
        responses: { "201": ok(output(JoinReceiptSchema)), ...rateLimitedError, ...errors },
      },
    },
    "/api/v1/join/status": {
      post: {
        tags: ["网上入会"],
        summary: "凭申请编号和身份证号后六位查询入会申请进度（无需登录）",
        description: "已是会员时只说明已是会员并指引办理转会，不说明在哪个工会登记。编号或后六位不符时 404。",
        security: [],
        requestBody: body(JoinStatusQuerySchema),
        responses: { "200": ok(output(JoinStatusSchema)), ...rateLimitedError, ...errors },
      },
    },
    "/api/v1/join/unions": {
      get: {
        tags: ["网上入会"],
        summary: "按名称检索基层工会（仅 id 与名称，无需登录），可限定在所选镇（街道）",
        security: [],
        parameters: queryParams(JoinUnionQuerySchema),
        responses: { "200": ok({ type: "object", properties: { data: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } } } } }), ...errors },
      },
    },
    "/api/v1/member-applications": {
      get: { tags, summary: "网上入会申请（本单位及下级的待办队列）", parameters: queryParams(ApplicationListQuerySchema), responses: { "200": ok(output(listOf(MemberApplicationSchema))), ...errors } },
    },
    "/api/v1/member-applications/{id}": {
      get: { tags, summary: "一条网上入会申请（不在管辖范围内时 404）", parameters: idParam("uuid"), responses: { "200": ok(output(MemberApplicationSchema)), ...errors } },
    },
    "/api/v1/member-applications/{id}/accept": {
      post: {
        tags,
        summary: "同意入会：在所选工会登记会员并生成激活码（仅显示这一次）",
        parameters: idParam("uuid"),
        requestBody: body(ApplicationAcceptSchema),
        responses: { "200": ok(output(AcceptedApplicationSchema)), ...conflictError, ...errors },
      },
    },
    "/api/v1/member-applications/{id}/decline": {
      post: { tags, summary: "不同意入会（填写原因，申请人可见）", parameters: idParam("uuid"), requestBody: body(ApplicationDeclineSchema), responses: { "200": ok(output(MemberApplicationSchema)), ...conflictError, ...errors } },
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
