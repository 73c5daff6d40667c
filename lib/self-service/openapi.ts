import { z } from "../validation/zod";
import { body, errors, conflictError, idParam, ok, output, rateLimitedError, type Paths } from "../openapi/helpers";
import { ActivateSchema, ChangeDecisionSchema, ChangeRequestSchema, PhoneChangeSchema } from "./schema";
import { MemberApplicationSchema, WithdrawApplicationSchema } from "./application-schema";

export function selfServicePaths(): Paths {
  const tags = ["会员自助"];
  const okFlag = ok(output(z.object({ ok: z.literal(true) })));
  return {
    "/api/v1/activate": {
      post: { tags, summary: "会员凭激活码设置首次登录密码（无需登录）", security: [], requestBody: body(ActivateSchema), responses: { "200": okFlag, ...rateLimitedError, ...errors } },
    },
    "/api/v1/members/{id}/activation-code": {
      post: {
        tags,
        summary: "工会干部为会员生成一次性激活码（仅显示一次）",
        parameters: idParam("uuid"),
        responses: { "201": ok({ type: "object", properties: { code: { type: "string" }, expiresAt: { type: "string" }, username: { type: "string" } } }), ...conflictError, ...errors },
      },
    },
    "/api/v1/me/benefits": { get: { tags, summary: "本人所获权益（培训、证书、竞赛、荣誉、帮扶）及年度合计", responses: { "200": ok({ type: "object" }), ...errors } } },
    "/api/v1/me/applications": {
      get: { tags, summary: "本人的帮扶申请及办理进度", responses: { "200": ok({ type: "object" }), ...errors } },
      post: { tags, summary: "网上申请送温暖、金秋助学、医疗救助（进入工会审批流程）", requestBody: body(MemberApplicationSchema), responses: { "201": ok({ type: "object" }), ...conflictError, ...errors } },
    },
    "/api/v1/me/applications/{id}/withdraw": {
      post: { tags, summary: "撤回尚在办理中的网上申请", parameters: idParam("uuid"), requestBody: body(WithdrawApplicationSchema), responses: { "200": ok({ type: "object" }), ...errors } },
    },
    "/api/v1/me/service-points": { get: { tags, summary: "所在工会及上级工会登记的服务站点", responses: { "200": ok({ type: "object" }), ...errors } } },
    "/api/v1/me/phone": { put: { tags, summary: "会员更正本人手机号（即登录名）", requestBody: body(PhoneChangeSchema), responses: { "200": ok({ type: "object" }), ...conflictError, ...errors } } },
    "/api/v1/me/change-requests": {
      get: { tags, summary: "本人的信息更正申请", responses: { "200": ok({ type: "object" }), ...errors } },
      post: { tags, summary: "申请更正姓名、身份证号等（工会核实后更正）", requestBody: body(ChangeRequestSchema), responses: { "201": ok({ type: "object" }), ...errors } },
    },
    "/api/v1/change-requests": { get: { tags, summary: "范围内会员的信息更正申请（工会干部）", responses: { "200": ok({ type: "object" }), ...errors } } },
    "/api/v1/change-requests/{id}/decision": {
      post: { tags, summary: "同意（并更正）或驳回更正申请", parameters: idParam("uuid"), requestBody: body(ChangeDecisionSchema), responses: { "200": ok({ type: "object" }), ...errors } },
    },
  };
}
