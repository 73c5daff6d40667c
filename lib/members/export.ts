// The registry as .xlsx, streamed: the list (ID and phone numbers masked), or — for staff
// who may reveal ID numbers, audited as such — the import template's columns
// with full numbers, so a union can correct its registry and import it again.
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { todayCST } from "../dates";
import { auditedXlsx, primed, type XlsxColumn } from "../xlsx/export";
import { exportMembers, type MemberExportRow } from "./list";
import { parseIdNumber } from "./id-number";
import { MEMBER_GROUP_LABELS, MEMBER_STATUS_LABELS, SEX_LABELS } from "./labels";
import { REGISTRY_COLUMNS, type RegistryKey } from "./import";
import type { MemberExportQuery } from "./schema";

const groupsText = (m: MemberExportRow) => m.groups.map((g) => MEMBER_GROUP_LABELS[g]).join("、");

const LIST_COLUMNS: XlsxColumn<MemberExportRow>[] = [
  { header: "姓名", value: (m) => m.name, width: 12 },
  { header: "性别", value: (m) => SEX_LABELS[m.sex], width: 6 },
  { header: "身份证号（脱敏）", value: (m) => m.idMasked, width: 22 },
  { header: "出生年份", value: (m) => m.birthYear, width: 10 },
  { header: "手机号（脱敏）", value: (m) => m.phoneMasked, width: 14 },
  { header: "所在工会", value: (m) => m.orgName, width: 36 },
  { header: "入会日期", value: (m) => m.joinedOn, width: 12 },
  { header: "状态", value: (m) => MEMBER_STATUS_LABELS[m.status], width: 8 },
  { header: "群体", value: groupsText, width: 20 },
  { header: "会员服务卡号", value: (m) => m.cardNo, width: 18 },
];

/**
 * Union names that more than one member-holding union in the caller's subtree
 * bears: for those the import format writes the credit code, which the import
 * resolves without ambiguity.
 */
async function ambiguousUnionNames(actor: Actor): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM organisation
    WHERE ancestor_ids @> ARRAY[${actor.orgId}]::int[] AND level IN ('GRASSROOTS', 'VILLAGE') AND status = 'ACTIVE'
    GROUP BY name HAVING count(*) > 1`;
  return new Set(rows.map((r) => r.name));
}

function importColumns(ambiguous: Set<string>): XlsxColumn<MemberExportRow>[] {
  const values: Record<RegistryKey, (m: MemberExportRow) => string | null> = {
    name: (m) => m.name,
    idNumber: (m) => m.idNumber,
    phone: (m) => m.phone,
    union: (m) => (ambiguous.has(m.orgName) && m.orgCreditCode ? m.orgCreditCode : m.orgName),
    joinedOn: (m) => m.joinedOn,
    groups: groupsText,
    sex: (m) => SEX_LABELS[m.sex],
    // Derivable from the full number this format carries anyway.
    birthDate: (m) => {
      const parsed = m.idNumber ? parseIdNumber(m.idNumber) : null;
      return parsed?.ok ? parsed.value.birthDate : null;
    },
    cardNo: (m) => m.cardNo,
  };
  return [
    ...REGISTRY_COLUMNS.map((c) => ({ header: c.header, width: c.width, value: values[c.key] })),
    // After the import's columns, ignored by it.
    { header: "状态", value: (m) => MEMBER_STATUS_LABELS[m.status], width: 8 },
  ];
}

export async function exportRegistry(actor: Actor, q: MemberExportQuery): Promise<Response> {
  assertStaffLike(actor);
  const { format, ...filters } = q;
  const withIds = format === "import";
  // Full ID numbers only for those who may reveal them (staff, admins); leaders get 403.
  if (withIds) assertCanWrite(actor);
  const columns = withIds ? importColumns(await ambiguousUnionNames(actor)) : LIST_COLUMNS;
  return auditedXlsx(actor, {
    rows: primed(exportMembers(actor, filters, withIds)),
    audit: {
      action: withIds ? "member.export_id_numbers" : "member.export",
      entityType: "member",
      orgId: filters.orgId ?? actor.orgId,
      details: { filters: Object.keys(filters), format, ...(filters.ids ? { selected: filters.ids.length } : {}) },
    },
    filename: `会员名册-${withIds ? "导入格式-" : ""}${todayCST()}.xlsx`,
    sheet: withIds ? "导入数据" : "会员名册",
    columns,
  });
}
