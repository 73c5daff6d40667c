// 逻辑检查 before the annual report is submitted (pure: unit-tested on a
// hand-built fixture). Errors block submission; warnings need a note.
import type { Figures, UnionRow } from "./compute";
import type { Check } from "./schema";
import { summaryRows, tableRows } from "./tables";

const NAMED = 5;
const names = (us: UnionRow[]) => us.slice(0, NAMED).map((u) => u.name).join("、") + (us.length > NAMED ? `等${us.length}个` : "");

export function checkFigures(f: Figures): Check[] {
  const out: Check[] = [];
  const err = (code: string, message: string) => out.push({ level: "error", code, message });
  const warn = (code: string, message: string) => out.push({ level: "warning", code, message });

  const womenOver = f.unions.filter((u) => u.women > u.members);
  if (womenOver.length) err("women_over_members", `女会员数多于会员数：${names(womenOver)}`);
  if (f.women > f.members) err("women_over_members_total", `女会员合计（${f.women}）多于会员合计（${f.members}）`);

  const noDate = f.unions.filter((u) => u.members > 0 && !u.foundedOn);
  if (noDate.length) err("founded_on_missing", `有会员的基层工会未填写成立日期：${names(noDate)}`);

  const joint = f.unions.filter((u) => u.kind === "JOINT");
  const covered = joint.reduce((s, u) => s + u.covered, 0);
  if (covered < joint.length) err("joint_coverage", `联合工会涵盖单位数（${covered}）少于联合工会数（${joint.length}）`);
  const jointEmpty = joint.filter((u) => u.covered < 2);
  if (jointEmpty.length) warn("joint_single_unit", `联合工会涵盖单位少于2个：${names(jointEmpty)}`);

  if (f.facts.congressDelegatesWomen > f.facts.congressDelegates) err("congress_women", `女职工代表（${f.facts.congressDelegatesWomen}）多于职代会职工代表（${f.facts.congressDelegates}）`);
  if (f.facts.workerDirectorsWomen > f.facts.workerDirectors) err("director_women", `女职工董事（${f.facts.workerDirectorsWomen}）多于职工董事（${f.facts.workerDirectors}）`);
  if (f.nef > f.members) err("nef_over_members", `新就业形态会员（${f.nef}）多于会员合计（${f.members}）`);

  // Sums of the parts equal the totals.
  const table = new Map(tableRows(f).map((r) => [r.key, r.value ?? 0]));
  const summary = new Map(summaryRows(f).map((r) => [r.key, r.value ?? 0]));
  const total = table.get("t_unions")!;
  const kinds = [...table].filter(([k]) => k.startsWith("t_kind_")).reduce((s, [, v]) => s + v, 0);
  if (kinds !== total) err("kinds_sum", `按类型分的基层工会数之和（${kinds}）不等于基层工会数（${total}）`);
  const types = [...table].filter(([k]) => k.startsWith("t_own_")).reduce((s, [, v]) => s + v, 0);
  if (types !== total) err("types_sum", `按单位性质分的基层工会数之和（${types}）不等于基层工会数（${total}）`);
  const enterprise = summary.get("unions_domestic")! + summary.get("unions_hmt")! + summary.get("unions_foreign")!;
  if (enterprise !== summary.get("unions_enterprise")) err("enterprise_sum", `内资、港澳台商投资、外商投资企业之和（${enterprise}）不等于企业合计（${summary.get("unions_enterprise")}）`);
  const inUnions = f.unions.reduce((s, u) => s + u.members, 0);
  if (inUnions !== f.members) warn("members_outside_unions", `${f.members - inUnions}名会员登记在基层工会以外的组织（会员合计${f.members}，各基层工会会员之和${inUnions}）`);

  const over = f.unions.filter((u) => u.workers !== null && u.members > u.workers);
  if (over.length) warn("members_over_workers", `会员数多于职工数的基层工会：${names(over)}，请核实（如含保留会籍的退休会员，请在说明中注明）`);
  const untyped = table.get("t_own_NONE")!;
  if (untyped) warn("type_missing", `${untyped}个基层工会的所在单位未在企业名录中登记单位性质`);
  if (f.factsMissing) warn("facts_missing", `${f.factsMissing}个基层工会未填报本年度组织情况（工会工作人员、职代会、董事会等）`);
  return out;
}
