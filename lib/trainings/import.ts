// Import of a session's enrolments from .xlsx (the shared framework in
// lib/xlsx/import.ts). The columns are also those of the "import format"
// export, so an exported list can be imported again.
import "server-only";
import { db } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { z } from "../validation/zod";
import { subtreeWhere } from "../orgs/queries";
import { memberScopeWhere } from "../members/queries";
import { buildTemplate, fromLabel, parseYesNo, runImport, type ImportColumn, type ImportSpec, type RawRow } from "../xlsx/import";
import { ID_HEADER, matchMembers, zImportIdNumber, zImportName } from "../xlsx/member-match";
import {
  CERTIFICATE_LEVEL_ALIASES,
  CERTIFICATE_LEVEL_LABELS,
  CERTIFICATE_LEVELS,
  ENROLMENT_OUTCOME_LABELS,
  ENROLMENT_OUTCOMES,
  type CertificateLevel,
  type EnrolmentOutcome,
} from "./labels";
import { outcomeProblems } from "./schema";
import { findTrainingInScope } from "./queries";
import { sessionRuleProblems } from "./mutations";

type Key = "name" | "idNumber" | "attended" | "attendedHours" | "outcome" | "certificateLevel" | "certificateNo" | "subsidyAmount";

export const ENROLMENT_COLUMNS: readonly ImportColumn<Key>[] = [
  { key: "name", header: "姓名", required: true, example: "张三", hint: "与会员名册中的姓名一致", width: 12 },
  { key: "idNumber", header: ID_HEADER, required: true, example: "320925199001011230", hint: "完整的18位身份证号，文本格式；按此号码匹配会员", width: 22, text: true },
  { key: "attended", header: "是否参训", example: "是", hint: "是 / 否，不填视为“是”", width: 10, choices: ["是", "否"] },
  { key: "attendedHours", header: "参训学时", example: "16", hint: "数字，最多一位小数，不超过培训学时；可不填", width: 10 },
  {
    key: "outcome",
    header: "培训结果",
    required: true,
    example: ENROLMENT_OUTCOME_LABELS.CERTIFIED,
    hint: `${ENROLMENT_OUTCOMES.map((o) => ENROLMENT_OUTCOME_LABELS[o]).join(" / ")}`,
    width: 18,
    choices: ENROLMENT_OUTCOMES.map((o) => ENROLMENT_OUTCOME_LABELS[o]),
  },
  {
    key: "certificateLevel",
    header: "证书等级",
    example: CERTIFICATE_LEVEL_LABELS.LEVEL_3,
    hint: `培训结果为“取得职业资格证书”时必填：${CERTIFICATE_LEVELS.map((l) => CERTIFICATE_LEVEL_LABELS[l]).join(" / ")}（也可填“三级”“高级工”等）`,
    width: 16,
    choices: CERTIFICATE_LEVELS.map((l) => CERTIFICATE_LEVEL_LABELS[l]),
  },
  { key: "certificateNo", header: "证书编号", example: "S000032092500123", hint: "培训结果为“取得职业资格证书”时必填；字母、数字和“-”", width: 20, text: true },
  { key: "subsidyAmount", header: "补助金额（元）", example: "", hint: "培训结果为“学历提升补助”时必填，最多两位小数", width: 14 },
];

const header = (k: Key) => ENROLMENT_COLUMNS.find((c) => c.key === k)!.header;

const outcomeAliases: Record<string, EnrolmentOutcome> = { 取证: "CERTIFIED", 取得证书: "CERTIFIED", 补助: "SUBSIDY_GRANTED", 已结业: "COMPLETED", 报名: "ENROLLED" };

const EnrolmentRowSchema = z
  .object({
    name: zImportName,
    idNumber: zImportIdNumber,
    attended: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return true;
        const b = parseYesNo(v);
        if (b === null) {
          ctx.addIssue({ code: "custom", message: "请填写“是”或“否”" });
          return z.NEVER;
        }
        return b;
      }),
    attendedHours: z
      .string()
      .regex(/^\d{1,4}(\.\d)?$/, "参训学时应为数字，最多一位小数")
      .transform(Number)
      .optional(),
    outcome: z.string({ error: "请填写培训结果" }).transform((v, ctx) => {
      const o = fromLabel(ENROLMENT_OUTCOME_LABELS, v, outcomeAliases);
      if (!o) {
        ctx.addIssue({ code: "custom", message: `培训结果应为：${ENROLMENT_OUTCOMES.map((x) => ENROLMENT_OUTCOME_LABELS[x]).join("、")}` });
        return z.NEVER;
      }
      return o;
    }),
    certificateLevel: z
      .string()
      .optional()
      .transform((v, ctx): CertificateLevel | undefined => {
        if (v === undefined) return undefined;
        const l = fromLabel(CERTIFICATE_LEVEL_LABELS, v, CERTIFICATE_LEVEL_ALIASES);
        if (!l) {
          ctx.addIssue({ code: "custom", message: "证书等级应为：初级工（五级）、中级工（四级）、高级工（三级）、技师（二级）、高级技师（一级）" });
          return z.NEVER;
        }
        return l;
      }),
    certificateNo: z
      .string()
      .max(50, "证书编号不能超过50个字")
      .regex(/^[0-9A-Za-z-]+$/, "证书编号只能包含字母、数字和“-”")
      .optional(),
    subsidyAmount: z
      .string()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, "补助金额应为不超过两位小数的金额（元）")
      .refine((s) => Number(s) > 0, "补助金额应大于0")
      .optional(),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(outcomeProblems(v))) ctx.addIssue({ code: "custom", path: [path], message });
  });

type EnrolmentRow = z.output<typeof EnrolmentRowSchema>;

export const ENROLMENT_IMPORT: ImportSpec<Key, EnrolmentRow> = {
  title: "培训学员导入说明",
  columns: ENROLMENT_COLUMNS,
  row: EnrolmentRowSchema as unknown as z.ZodType<EnrolmentRow, RawRow<Key>>,
  notes: [
    "每位会员在一次培训中只能登记一次；文件中重复的身份证号、已在学员名单中的会员都会报错。",
    "会员须属于本次培训的举办组织或其下级工会。非会员参训人数请在培训信息中填写“非会员参训人数”，不要列入本表。",
  ],
};

export async function enrolmentTemplate(actor: Actor, sessionId: string) {
  assertStaffLike(actor);
  const s = await findTrainingInScope(actor, sessionId);
  const buf = await buildTemplate(ENROLMENT_IMPORT, [`本模板用于：${s.title}（${s.org.name}，培训学时 ${s.hours.toNumber()}）。`]);
  return { buf, filename: `培训学员导入模板-${s.title}.xlsx` };
}

/**
 * Dry run or all-or-nothing import of a session's enrolments. Permission and
 * scope are checked before the upload is read.
 */
export async function importEnrolments(actor: Actor, sessionId: string, opts: { dryRun: boolean; read: () => Promise<Buffer> }) {
  assertCanWrite(actor);
  const session = await findTrainingInScope(actor, sessionId);
  const file = await opts.read();
  return runImport({
    file,
    spec: ENROLMENT_IMPORT,
    dryRun: opts.dryRun,
    check: async (rows, report) => {
      const sessionChecked = rows.filter((r) => {
        const problems = sessionRuleProblems(session, r.data, { outcome: header("outcome"), attendedHours: header("attendedHours") });
        for (const [column, message] of Object.entries(problems)) report(r.row, column, message);
        return Object.keys(problems).length === 0;
      });
      const matched = await matchMembers(sessionChecked, { AND: [memberScopeWhere(actor), { org: subtreeWhere(session.orgId) }] }, report, {
        unknownMessage: "会员名册中没有此身份证号，或该会员不属于本次培训的组织范围（不会自动新建会员）",
        duplicateMessage: (first) => `与第 ${first} 行的身份证号重复`,
      });
      const existing = new Set(
        (
          await db.trainingEnrolment.findMany({
            where: { sessionId, memberId: { in: matched.map((m) => m.member.id) } },
            select: { memberId: true },
          })
        ).map((e) => e.memberId),
      );
      return matched.filter((m) => {
        if (!existing.has(m.member.id)) return true;
        report(m.row, ID_HEADER, "该会员已在本次培训的学员名单中");
        return false;
      });
    },
    write: async (ready) => {
      try {
        return await db.$transaction(async (tx) => {
          const r = await tx.trainingEnrolment.createMany({
            data: ready.map(({ data, member }) => ({
              sessionId,
              memberId: member.id,
              attended: data.attended,
              attendedHours: data.attendedHours == null ? null : String(data.attendedHours),
              outcome: data.outcome,
              certificateLevel: data.certificateLevel ?? null,
              certificateNo: data.certificateNo ?? null,
              subsidyAmount: data.subsidyAmount ?? null,
            })),
          });
          await audit(
            actor,
            { action: "training.enrolment.import", entityType: "training_session", entityId: sessionId, orgId: session.orgId, details: { rows: r.count } },
            tx,
          );
          return r.count;
        });
      } catch (e) {
        mapDbError(e, { unique: { session_id: { field: "file", message: "导入期间有学员被他人登记，请重新试导入" } } });
      }
    },
  });
}
