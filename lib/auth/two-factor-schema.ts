// Inputs of the two-factor routes, shared by the account page and the server.
import { z } from "../validation/zod";

/** A 6-digit code from the authenticator app, or a one-time recovery code (xxxxx-xxxxx). */
export const zSecondFactorCode = z
  .string({ error: "请输入验证码" })
  .trim()
  .min(1, "请输入验证码")
  .max(20, "验证码格式不正确")
  .regex(/^(\d{6}|[A-Za-z0-9]{5}[- ]?[A-Za-z0-9]{5})$/, "请输入 6 位数字验证码或恢复码");

export const TwoFactorConfirmSchema = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, "请输入验证器显示的 6 位数字") });

export const TwoFactorDisableSchema = z.strictObject({
  password: z.string().min(1, "请输入登录密码").max(200, "密码过长"),
  code: zSecondFactorCode,
});
