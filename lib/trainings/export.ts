// .xlsx exports of the session list and of one session's enrolments, streamed.
// The enrolment export has the import template's columns, so it can be
// imported again; its ID numbers are masked unless staff ask for the
// "import format", which is audited like revealing an ID number.
import "server-only";
import { listExport, rosterExport, type XlsxColumn } from "../xlsx/export";
import { CERTIFICATE_LEVEL_LABELS, ENROLMENT_OUTCOME_LABELS, TRAINING_MODE_LABELS, TRAINING_TYPE_LABELS } from "./labels";
import { countEnrolments, type EnrolmentExportRow, exportEnrolments, exportTrainings, findTrainingInScope } from "./queries";
import type { TrainingDto } from "./schema";
import { ENROLMENT_COLUMNS } from "./import";

const TRAINING_COLUMNS: XlsxColumn<TrainingDto>[] = [
  { header: "培训名称", value: (s) => s.title, width: 36 },
  { header: "培训类型", value: (s) => TRAINING_TYPE_LABELS[s.type], width: 16 },
  { header: "举办组织", value: (s) => s.orgName, width: 30 },
  { header: "承办单位", value: (s) => s.organiser, width: 24 },
  { header: "开始日期", value: (s) => s.startsOn, width: 12 },
  { header: "结束日期", value: (s) => s.endsOn, width: 12 },
  { header: "培训学时", value: (s) => s.hours, width: 10, numFmt: "0.0" },
  { header: "培训方式", value: (s) => TRAINING_MODE_LABELS[s.mode], width: 8 },
  { header: "培训地点", value: (s) => s.place, width: 24 },
  { header: "计划人数", value: (s) => s.capacity, width: 10 },
  { header: "参训会员数", value: (s) => s.enrolledCount, width: 10 },
  { header: "非会员参训人数", value: (s) => s.extraParticipants, width: 14 },
  { header: "参训人次", value: (s) => s.participantCount, width: 10 },
  { header: "取证人数", value: (s) => s.certifiedCount, width: 10 },
  { header: "备注", value: (s) => s.notes, width: 30 },
];

export const exportTrainingList = listExport({ title: "技能培训", action: "training.export", entityType: "training_session", columns: TRAINING_COLUMNS, query: exportTrainings });

/** The import template's columns, in its order, then the member's union (ignored on import). */
const ENROLMENT_VALUES: Record<(typeof ENROLMENT_COLUMNS)[number]["key"], (e: EnrolmentExportRow) => string | number | null> = {
  name: (e) => e.memberName,
  idNumber: (e) => e.idNumber,
  attended: (e) => (e.attended ? "是" : "否"),
  attendedHours: (e) => e.attendedHours,
  outcome: (e) => ENROLMENT_OUTCOME_LABELS[e.outcome],
  certificateLevel: (e) => (e.certificateLevel ? CERTIFICATE_LEVEL_LABELS[e.certificateLevel] : null),
  certificateNo: (e) => e.certificateNo,
  subsidyAmount: (e) => e.subsidyAmount,
};

const ENROLMENT_EXPORT_COLUMNS: XlsxColumn<EnrolmentExportRow>[] = [
  ...ENROLMENT_COLUMNS.map((c) => ({ header: c.header, width: c.width, value: ENROLMENT_VALUES[c.key] })),
  { header: "所在工会", value: (e) => e.memberOrgName, width: 36 },
];

// Amounts are written as their exact text ("1234.50"), never through a float.
export const exportEnrolmentList = rosterExport({
  title: "培训学员",
  action: "training.enrolment.export",
  entityType: "training_session",
  find: findTrainingInScope,
  name: (s) => s.title,
  count: countEnrolments,
  rows: exportEnrolments,
  columns: ENROLMENT_EXPORT_COLUMNS,
});
