import { z, zPage, zPageSize, zPickedId } from "../validation/zod";

export const TransferStartSchema = z.strictObject({
  memberId: z.string({ error: "请选择会员" }).uuid("请选择会员"),
  toOrgId: zPickedId("转入工会"),
  reason: z.string().trim().max(200, "原因不能超过200字").optional(),
});
export type TransferStartInput = z.infer<typeof TransferStartSchema>;

export const TransferCancelSchema = z.strictObject({
  reason: z.string().trim().max(200, "原因不能超过200字").optional(),
});

export const TRANSFER_REQUEST_STATUSES = ["PENDING", "ACCEPTED", "CANCELLED", "EXPIRED"] as const;
export const TRANSFER_REQUEST_STATUS_LABELS: Record<(typeof TRANSFER_REQUEST_STATUSES)[number], string> = {
  PENDING: "待接收",
  ACCEPTED: "已接收",
  CANCELLED: "已撤销",
  EXPIRED: "已失效（超过30天）",
};

export const TransferRequestListQuerySchema = z.strictObject({
  direction: z.enum(["in", "out"]).default("in"),
  status: z.enum(TRANSFER_REQUEST_STATUSES).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TransferRequestListQuery = z.infer<typeof TransferRequestListQuerySchema>;

export const TransferUnionQuerySchema = z.strictObject({
  q: z.string({ error: "请输入工会名称" }).trim().min(2, "请至少输入2个字").max(50),
});
export type TransferUnionQuery = z.infer<typeof TransferUnionQuerySchema>;

export const TransferRequestSchema = z.object({
  id: z.string().uuid(),
  status: z.enum(TRANSFER_REQUEST_STATUSES),
  side: z.enum(["OUT", "IN", "SELF"]).describe("调用者所在的一方：转出方、转入方或会员本人"),
  memberName: z.string(),
  memberIdMasked: z.string(),
  fromOrgId: z.number().int(),
  fromOrgName: z.string(),
  toOrgId: z.number().int(),
  toOrgName: z.string(),
  reason: z.string().nullable(),
  byMember: z.boolean().describe("由会员本人发起"),
  requestedAt: z.string(),
  expiresAt: z.string().describe("待接收的截止时间（发起后30天）"),
  decidedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  canAccept: z.boolean(),
  canCancel: z.boolean(),
});
export type TransferRequestDto = z.infer<typeof TransferRequestSchema>;
