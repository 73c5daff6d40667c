import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { clearable, optional, requiredText, text, zCount, zDate, zMoney, zPickedId, zPastDate } from "../records/fields";
import { ACTIVITY_SORTS } from "./labels";

const f = {
  typeId: zPickedId("活动类型"),
  orgId: zPickedId("开展单位"),
  heldOn: zPastDate("活动日期"),
  place: text(200, "地点"),
  participants: zCount("参与人数"),
  amountSpent: zMoney("支出金额"),
  description: text(1000, "活动内容"),
};

export const ActivityCreateSchema = z.strictObject({
  typeId: f.typeId,
  orgId: f.orgId,
  heldOn: f.heldOn,
  place: optional(f.place),
  participants: f.participants,
  amountSpent: optional(f.amountSpent),
  description: optional(f.description),
});
export type ActivityCreateInput = z.infer<typeof ActivityCreateSchema>;

export const ActivityUpdateSchema = z.strictObject({
  typeId: f.typeId.optional(),
  orgId: f.orgId.optional(),
  heldOn: f.heldOn.optional(),
  place: clearable(f.place),
  participants: f.participants.optional(),
  amountSpent: clearable(f.amountSpent),
  description: clearable(f.description),
});
export type ActivityUpdateInput = z.infer<typeof ActivityUpdateSchema>;

const filters = {
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  typeId: zSerialId().optional(),
  heldFrom: zDate("活动日期（起）").optional(),
  heldTo: zDate("活动日期（止）").optional(),
};
export const ActivityListQuerySchema = z.strictObject({ ...filters, sort: z.enum(ACTIVITY_SORTS).default("-heldOn"), page: zPage, pageSize: zPageSize });
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;
export const ActivityExportQuerySchema = z.strictObject(filters);
export type ActivityFilters = z.infer<typeof ActivityExportQuerySchema>;

export const AttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string().describe("上传时的原文件名（仅作显示与下载名）"),
  size: z.number().int(),
  mimeType: z.string(),
  createdAt: z.string(),
});
export type AttachmentDto = z.infer<typeof AttachmentSchema>;

export const ActivitySchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  typeId: z.number().int(),
  typeName: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  participants: z.number().int(),
  amountSpent: z.string().nullable().describe("元，两位小数"),
  description: z.string().nullable(),
  attachmentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityDto = z.infer<typeof ActivitySchema>;
export const ActivityDetailSchema = ActivitySchema.extend({ attachments: z.array(AttachmentSchema) });
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;
export const ActivityTotalsSchema = z.object({ count: z.number().int(), participants: z.number().int(), amountTotal: z.string() });

// ---- the configurable list of activity types ----

export const ActivityTypeCreateSchema = z.strictObject({
  // The code is an internal key: generated when left out (the page never asks for it); imports and tests may still name one.
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "类型代码为2–40位大写字母、数字或下划线，以字母开头")
    .optional(),
  name: requiredText(50, "类型名称"),
  sort: optional(zCount("排序号", 9999)),
});
export type ActivityTypeCreateInput = z.infer<typeof ActivityTypeCreateSchema>;
export const ActivityTypeUpdateSchema = z.strictObject({
  name: requiredText(50, "类型名称").optional(),
  active: z.boolean({ error: "启用状态应为是或否" }).optional(),
  sort: zCount("排序号", 9999).optional(),
});
export type ActivityTypeUpdateInput = z.infer<typeof ActivityTypeUpdateSchema>;
export const ActivityTypeListQuerySchema = z.strictObject({ includeInactive: z.enum(["true", "false"]).optional() });
export const ActivityTypeSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string(), active: z.boolean(), sort: z.number().int(), recordCount: z.number().int() });
export type ActivityTypeDto = z.infer<typeof ActivityTypeSchema>;
