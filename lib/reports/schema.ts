// Inputs and outputs of period reports (报送、审核). Shared by the page and the
// route handlers; objects are strict.
import { z } from "../validation/zod";

/** A reportable period: a year ("2026") or a quarter ("2026-Q3"). */
export const zReportPeriod = z
  .string({ error: "请选择报送期间" })
  .trim()
  .regex(/^\d{4}(-Q[1-4])?$/, "报送期间应为年度（如 2026）或季度（如 2026-Q3）");

const orgId = z.coerce.number({ error: "组织编号应为数字" }).int().positive("组织编号应为正整数");
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
});
export type ReportOverview = z.infer<typeof ReportOverviewSchema>;
