// The yearbook's rows from a subtree's figures (pure: unit-tested on a
// hand-built fixture). `summary` is 工会组织基本情况 as the city and county
// statistical yearbooks print it; `tables` are the survey's main tables.
import type { EnterpriseOwnership, OrgKind } from "../db/generated/enums";
import { MEMBER_GROUP_LABELS, NEW_EMPLOYMENT_GROUPS } from "../members/labels";
import type { Figures } from "./compute";
import { DOMESTIC_ENTERPRISE, OWNERSHIPS, OWNERSHIP_LABELS } from "./labels";
import { FACT_FIELDS, type YearbookRow } from "./schema";

type Row = Omit<YearbookRow, "previous">;
const row = (section: string, key: string, name: string, unit: string, value: number | null, indent = 0): Row => ({ key, section, name, unit, indent, value });

export const UNION_KINDS: [OrgKind, string][] = [
  ["INDEPENDENT", "独立基层工会"],
  ["JOINT", "联合基层工会"],
  ["INDUSTRY", "行业（产业）工会"],
  ["NEW_EMPLOYMENT", "新就业形态工会"],
  ["COMMUNITY", "村（社区）工会"],
];

const byOwnership = (f: Figures, set: readonly (EnterpriseOwnership | null)[]) => f.unions.filter((u) => set.includes(u.ownership)).length;
const sum = <T>(xs: T[], v: (x: T) => number) => xs.reduce((s, x) => s + v(x), 0);
const joint = (f: Figures) => f.unions.filter((u) => u.kind === "JOINT");

export function summaryRows(f: Figures): Row[] {
  const s = "工会组织基本情况";
  const enterprise = [...DOMESTIC_ENTERPRISE, "HMT", "FOREIGN"] as const;
  return [
    row(s, "unions", "基层工会数", "个", f.unions.length),
    row(s, "unions_enterprise", "其中：企业合计", "个", byOwnership(f, enterprise), 1),
    row(s, "unions_domestic", "内资企业", "个", byOwnership(f, DOMESTIC_ENTERPRISE), 2),
    row(s, "unions_hmt", "港澳台商投资企业", "个", byOwnership(f, ["HMT"]), 2),
    row(s, "unions_foreign", "外商投资企业", "个", byOwnership(f, ["FOREIGN"]), 2),
    row(s, "unions_institution", "事业单位", "个", byOwnership(f, ["INSTITUTION"]), 1),
    row(s, "unions_government", "机关", "个", byOwnership(f, ["GOVERNMENT"]), 1),
    row(s, "unions_individual", "个体经济组织", "个", byOwnership(f, ["INDIVIDUAL"]), 1),
    row(s, "members", "工会会员数", "人", f.members),
    row(s, "full_time_staff", "专职工会工作人员", "人", f.facts.fullTimeStaff),
    row(s, "part_time_staff", "兼职工会工作人员", "人", f.facts.partTimeStaff),
    row(s, "joint_covered", "联合工会涵盖单位数", "个", sum(joint(f), (u) => u.covered)),
    row(s, "joint_members", "联合工会会员人数", "人", sum(joint(f), (u) => u.members)),
    row(s, "congress_delegates", "职代会职工代表人数", "人", f.facts.congressDelegates),
    row(s, "congress_delegates_women", "其中：女性", "人", f.facts.congressDelegatesWomen, 1),
    row(s, "board_units", "建立董事会单位数", "个", f.facts.boardUnits),
    row(s, "worker_directors", "职工董事人数", "人", f.facts.workerDirectors),
    row(s, "worker_directors_women", "其中：女性", "人", f.facts.workerDirectorsWomen, 1),
  ];
}

export function tableRows(f: Figures): Row[] {
  const a = "一、基层工会组织";
  const b = "二、工会会员";
  const c = "三、民主管理与工会干部";
  const d = "四、集体合同、培训与帮扶";
  const d1 = (k: string) => f.dashboard[k] ?? null;
  return [
    row(a, "t_unions", "基层工会数", "个", f.unions.length),
    ...UNION_KINDS.map(([k, name]) => row(a, `t_kind_${k}`, name, "个", f.unions.filter((u) => u.kind === k).length, 1)),
    row(a, "t_unions_by_type", "按所在单位性质分：", "个", null),
    ...OWNERSHIPS.map((o) => row(a, `t_own_${o}`, OWNERSHIP_LABELS[o], "个", byOwnership(f, [o]), 1)),
    row(a, "t_own_NONE", "未登记单位性质", "个", byOwnership(f, [null]), 1),
    row(a, "t_joint_unions", "联合基层工会", "个", joint(f).length),
    row(a, "t_joint_covered", "联合工会涵盖单位数", "个", sum(joint(f), (u) => u.covered), 1),
    row(a, "t_joint_members", "联合工会会员人数", "人", sum(joint(f), (u) => u.members), 1),
    row(b, "t_workers", "基层工会所在单位职工人数", "人", sum(f.unions, (u) => u.workers ?? 0)),
    row(b, "t_members", "工会会员数", "人", f.members),
    row(b, "t_members_women", "其中：女性", "人", f.women, 1),
    row(b, "t_members_migrant", "农民工", "人", f.migrant, 1),
    row(b, "t_members_nef", "新就业形态劳动者", "人", f.nef, 1),
    ...NEW_EMPLOYMENT_GROUPS.map((g) => row(b, `t_nef_${g}`, MEMBER_GROUP_LABELS[g], "人", f.nefByGroup[g] ?? 0, 2)),
    ...FACT_FIELDS.map(([k, name, unit]) => row(c, `t_${k}`, name, unit, f.facts[k], name.startsWith("其中") ? 1 : 0)),
    row(c, "t_facts_missing", "未填报组织情况的基层工会", "个", f.factsMissing),
    row(d, "t_contracts", "生效集体合同", "份", f.contracts),
    row(d, "t_contract_workers", "集体合同覆盖职工人数", "人", f.contractWorkers, 1),
    row(d, "t_training_sessions", "培训场次", "场", d1("training_sessions")),
    row(d, "t_trainees", "培训人次", "人次", d1("trainees")),
    row(d, "t_certificates", "取得证书人数", "人", d1("certificates"), 1),
    row(d, "t_aid_amount", "帮扶资金发放", "元", d1("aid_amount")),
    row(d, "t_aid_persons", "帮扶人次", "人次", d1("aid_persons")),
  ];
}

/** This year's rows with last year's values beside them. */
export function besideLastYear(cur: Row[], prev: Row[]): YearbookRow[] {
  const before = new Map(prev.map((r) => [r.key, r.value]));
  return cur.map((r) => ({ ...r, previous: before.get(r.key) ?? null }));
}
