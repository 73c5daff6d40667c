import { body, errors, conflictError, idParam, listOf, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { z } from "../validation/zod";
import {
  CandidateQuerySchema,
  CandidateSchema,
  ContractCreateSchema,
  ContractDetailSchema,
  ContractExpireSchema,
  ContractExportQuerySchema,
  ContractListQuerySchema,
  ContractSchema,
  ContractTransitionSchema,
  ContractUpdateSchema,
  CoverageQuerySchema,
  CoverageSchema,
  ReminderQuerySchema,
} from "./schema";

export function contractPaths(): Paths {
  const detail = output(ContractDetailSchema);
  const tags = ["集体合同"];
  const list = cappedListOf(ContractSchema).extend({
    totals: cappedTotals(z.object({ coverageRows: z.number().int(), coverageWorkers: z.number().int() })).describe("全部符合条件合同的覆盖企业数、职工数（按合同累计）"),
  });
  const reminders = listOf(ContractSchema).extend({
    lapsed: z.number().int().describe("已过期限但仍为生效状态、待标记为已到期的合同数"),
    windowDays: z.number().int(),
  });
  return {
    "/api/v1/contracts": {
      get: {
        tags,
        summary: "集体合同列表（员工：本范围工会签订的合同；会员：覆盖本人所在工会企业的已生效合同）",
        parameters: queryParams(ContractListQuerySchema),
        responses: { "200": ok(output(list)), ...errors },
      },
      post: { tags, summary: "新建集体合同（从要约开始）", requestBody: body(ContractCreateSchema), responses: { "201": ok(detail), ...errors } },
    },
    "/api/v1/contracts/export": {
      get: { tags, summary: "导出集体合同（.xlsx）", parameters: queryParams(ContractExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/contracts/reminders": {
      get: { tags, summary: "到期提醒：60天内到期的生效合同", parameters: queryParams(ReminderQuerySchema), responses: { "200": ok(output(reminders)), ...errors } },
    },
    "/api/v1/contracts/coverage": {
      get: {
        tags,
        summary: "集体合同覆盖率：已建会企业及其职工中被有效合同覆盖的比例（每家企业只计一次），按类型及下级区域",
        parameters: queryParams(CoverageQuerySchema),
        responses: { "200": ok(output(CoverageSchema)), ...errors },
      },
    },
    "/api/v1/contracts/candidates": {
      get: {
        tags,
        summary: "可纳入合同覆盖范围的企业（按工会方和合同类型）",
        parameters: queryParams(CandidateQuerySchema),
        responses: { "200": ok(output(listOf(CandidateSchema))), ...errors },
      },
    },
    "/api/v1/contracts/expire": {
      post: {
        tags,
        summary: "批量将已过期限的生效合同标记为已到期",
        requestBody: body(ContractExpireSchema),
        responses: { "200": ok(output(z.object({ expired: z.number().int(), on: z.string() }))), ...errors },
      },
    },
    "/api/v1/contracts/{id}": {
      get: { tags, summary: "合同详情（覆盖企业、办理记录、可办理的环节）", parameters: idParam("uuid"), responses: { "200": ok(detail), ...errors } },
      patch: {
        tags,
        summary: "修改合同（仅要约、协商中；须提交 version）",
        parameters: idParam("uuid"),
        requestBody: body(ContractUpdateSchema),
        responses: { "200": ok(detail), ...conflictError, ...errors },
      },
    },
    "/api/v1/contracts/{id}/transition": {
      post: {
        tags,
        summary: "办理合同环节：to 为目标状态（NEGOTIATING、CONGRESS_APPROVED、SIGNED、SUBMITTED、IN_FORCE、EXPIRED、RENEWED），须提交 version",
        description:
          "允许的流转：要约→协商中→职代会审议通过→已签订→已报送审查→生效→已到期/已续订；已报送审查可退回协商中（须填写审查意见）；已到期可续订。" +
          "当前状态不允许的流转返回 409；版本号过期返回 409；输入有误返回 400。续订会新建一份要约状态的合同（renewedFromId 指向原合同），复制双方和覆盖企业。",
        parameters: idParam("uuid"),
        requestBody: body(ContractTransitionSchema),
        responses: { "200": ok(detail), ...conflictError, ...errors },
      },
    },
  };
}
