// Inputs and outputs of period reports (报送、审核). Shared by the page and the
// route handlers; objects are strict.
import { z, zSerialId } from "../validation/zod";

/** A reportable period: a year ("2026") or a quarter ("2026-Q3"). */
export const zReportPeriod = z
  .string({ error: "请选择报送期间" })
  .trim()
  .regex(/^\d{4}(-Q[1-4]|-TJ)?$/, "报送期间应为年度（如 2026）、季度（如 2026-Q3）或统计年度（如 2026-TJ）");

const orgId = zSerialId("组织编号应为正整数");
const reason = (what: string) => z.string({ error: `请填写${what}` }).trim().min(2, `请填写${what}（至少2个字）`).max(500, `${what}最多500字`);

export const ReportQuerySchema = z.strictObject({ orgId: orgId.optional(), period: zReportPeriod });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

export const SubmitSchema = z.strictObject({
  orgId,
  period: zReportPeriod,
  note: z.string().trim().max(500, "说明最多500字").optional(),
});
export type SubmitInput = z.infer<typeof SubmitSchema>;

export const ApproveSchema = z.strictObject({});
export const ReasonSchema = z.strictObject({ reason: reason("理由") });
export type ReasonInput = z.infer<typeof ReasonSchema>;

export const REPORT_STATUSES = ["SUBMITTED", "APPROVED", "RETURNED", "ACCEPTED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_ACTIONS = ["submit", "approve", "return", "accept", "reopen"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const SnapshotItemSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.string(),
  value: z.number().nullable(),
});
export type SnapshotItem = z.infer<typeof SnapshotItemSchema>;

export const ReportSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(REPORT_STATUSES),
  locked: z.boolean(),
  note: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  acceptedBy: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  snapshot: z.array(SnapshotItemSchema),
});
export type ReportDto = z.infer<typeof ReportSchema>;

export const ChildStatusSchema = z.object({
  orgId: z.number().int(),
  name: z.string(),
  reportId: z.number().int().nullable(),
  status: z.enum(REPORT_STATUSES).nullable(),
  submittedAt: z.string().nullable(),
  /** Not submitted (or returned) and the entry window after the period end is over. */
  late: z.boolean(),
  dueOn: z.string(),
});
export type ChildStatus = z.infer<typeof ChildStatusSchema>;

export const ReportOverviewSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string(), parentId: z.number().int().nullable() }),
  period: z.object({ param: z.string(), label: z.string(), from: z.string(), to: z.string(), dueOn: z.string() }),
  report: ReportSchema.nullable(),
  children: z.array(ChildStatusSchema),
  /** What the caller may do now (the page shows these buttons). */
  actions: z.array(z.enum(REPORT_ACTIONS)),
  /** 逾期补录: the organisation's grace days and whether entry then closes, and the exceptions in force. */
  entryWindow: z.object({ graceDays: z.number().int(), closeLateEntry: z.boolean() }),
  exceptions: z.array(z.lazy(() => ExceptionSchema)),
});
export type ReportOverview = z.infer<typeof ReportOverviewSchema>;

// 逾期补录: the grace days after a quarter, and the parent's time-limited exceptions.
export const ExceptionInputSchema = z.strictObject({
  orgId,
  period: z.string({ error: "请选择季度" }).trim().regex(/^\d{4}-Q[1-4]$/, "补录期间应为季度，如 2026-Q3"),
  days: z.coerce.number({ error: "有效天数应为数字" }).int("有效天数应为整数").min(1, "有效天数至少1天").max(30, "有效天数最多30天"),
  reason: z.string({ error: "请填写理由" }).trim().min(2, "请填写理由（至少2个字）").max(500, "理由最多500字"),
});
export type ExceptionInput = z.infer<typeof ExceptionInputSchema>;

export const EntryWindowSchema = z.strictObject({
  orgId,
  graceDays: z.coerce.number({ error: "宽限天数应为数字" }).int("宽限天数应为整数").min(0, "宽限天数不能为负数").max(90, "宽限天数最多90天"),
  closeLateEntry: z.boolean({ error: "请选择是否关闭逾期录入" }),
});
export type EntryWindowInput = z.infer<typeof EntryWindowSchema>;

export const ExceptionSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  period: z.string(),
  reason: z.string(),
  validUntil: z.string(),
  grantedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ExceptionDto = z.infer<typeof ExceptionSchema>;
