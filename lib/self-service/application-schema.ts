import { z } from "../validation/zod";
import { zPositiveMoney } from "../validation/money";
import { GrantDetailsSchema, grantDetailsIssues } from "../assistance/schema";

/** What a member may apply for online; the rest is entered by union staff. */
export const APPLICATION_KINDS = ["WARMTH", "EDUCATION", "MEDICAL", "EDUCATION_UPGRADE"] as const;

export const MemberApplicationSchema = z
  .strictObject({
    kind: z.enum(APPLICATION_KINDS, { error: "请选择申请类别" }),
    amount: zPositiveMoney("申请金额"),
    reason: z.string({ error: "请填写申请理由" }).trim().min(10, "申请理由至少10个字，请写明家庭困难情况").max(500, "申请理由不能超过500字"),
    details: GrantDetailsSchema.optional(),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(grantDetailsIssues(v.kind, v.amount, v.details))) {
      ctx.addIssue({ code: "custom", path: path.split("."), message });
    }
  });
export type MemberApplicationInput = z.infer<typeof MemberApplicationSchema>;

export const WithdrawApplicationSchema = z.strictObject({
  reason: z.string({ error: "请填写撤回原因" }).trim().min(2, "请填写撤回原因").max(500, "原因不能超过500字"),
});
