import { z } from "../validation/zod";
import { zIdNumber, zPhone } from "../members/schema";
import { passwordProblem } from "../auth/password-policy";

/** A new password; the rules are lib/auth/password-policy.ts (checked again with the account's own names where it is set). */
export const zPassword = z.string({ error: "请设置密码" }).superRefine((pw, ctx) => {
  const problem = passwordProblem(pw);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** First sign-in: the phone number, the one-time code from union staff, a new password. */
export const ActivateSchema = z
  .strictObject({
    phone: zPhone,
    code: z.string({ error: "请填写激活码" }).trim().regex(/^\d{8}$/, "激活码为8位数字"),
    password: zPassword,
    confirm: z.string({ error: "请再次输入密码" }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "两次输入的密码不一致" })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, [v.phone]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type ActivateInput = z.infer<typeof ActivateSchema>;

export const PhoneChangeSchema = z.strictObject({ phone: zPhone });

/** Corrections other than the phone number are requests that union staff confirm. */
export const ChangeRequestSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(2, "姓名至少2个字")
      .max(20, "姓名不能超过20个字")
      .regex(/^[\u4e00-\u9fa5·A-Za-z]+$/, "姓名只能包含汉字、字母和间隔号“·”")
      .optional(),
    idNumber: zIdNumber.optional(),
    note: z.string().trim().max(500, "说明不能超过500字").optional(),
  })
  .refine((v) => v.name || v.idNumber, { path: ["name"], message: "请至少填写一项需要更正的信息" });
export type ChangeRequestInput = z.infer<typeof ChangeRequestSchema>;

export const ChangeDecisionSchema = z.strictObject({
  approve: z.boolean({ error: "请选择同意或驳回" }),
  note: z.string().trim().max(500, "说明不能超过500字").optional(),
});
export type ChangeDecisionInput = z.infer<typeof ChangeDecisionSchema>;
