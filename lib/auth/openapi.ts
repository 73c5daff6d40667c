import { z } from "../validation/zod";
import { body, conflictError, errors, ok, output, rateLimitedError, type Paths } from "../openapi/helpers";
import { TwoFactorConfirmSchema, TwoFactorDisableSchema } from "./two-factor-schema";

export function authPaths(): Paths {
  const tags = ["账号安全"];
  const status = output(z.object({ enabled: z.boolean(), enabledAt: z.string().nullable(), recoveryCodesLeft: z.number().int(), required: z.boolean() }));
  return {
    "/api/v1/me/two-factor": { get: { tags, summary: "本人两步验证（验证器 TOTP）是否启用", responses: { "200": ok(status), ...errors } } },
    "/api/v1/me/two-factor/enrol": {
      post: {
        tags,
        summary: "开始绑定验证器：生成新密钥和二维码（确认前不生效）",
        responses: { "200": ok(output(z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() }))), ...conflictError, ...errors },
      },
    },
    "/api/v1/me/two-factor/confirm": {
      post: {
        tags,
        summary: "用验证器上的 6 位数字确认绑定；返回一次性恢复码（仅显示一次）",
        requestBody: body(TwoFactorConfirmSchema),
        responses: { "200": ok(output(z.object({ recoveryCodes: z.array(z.string()) }))), ...conflictError, ...rateLimitedError, ...errors },
      },
    },
    "/api/v1/me/two-factor/disable": {
      post: {
        tags,
        summary: "停用两步验证（须输入登录密码和验证码或恢复码）",
        requestBody: body(TwoFactorDisableSchema),
        responses: { "200": ok(output(z.object({ ok: z.literal(true) }))), ...conflictError, ...rateLimitedError, ...errors },
      },
    },
  };
}
