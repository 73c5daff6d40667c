// The annual statistics report's rows and consistency checks (逻辑检查) on a
// hand-built fixture: three unions whose figures are known by construction.
import { describe, expect, it } from "vitest";
import { checkFigures } from "@/lib/yearbook/checks";
import { summaryRows, tableRows } from "@/lib/yearbook/tables";
import type { Figures, UnionRow } from "@/lib/yearbook/compute";
import { FACT_FIELDS, type Facts } from "@/lib/yearbook/schema";

const union = (u: Partial<UnionRow> & Pick<UnionRow, "id" | "kind">): UnionRow => ({ name: `工会${u.id}`, ownership: "PRIVATE", workers: 100, covered: 1, foundedOn: "2010-01-01", members: 50, women: 20, ...u });
const facts = (f: Partial<Facts> = {}): Facts => ({ ...(Object.fromEntries(FACT_FIELDS.map(([k]) => [k, 0])) as Facts), ...f });

function fixture(over: Partial<Figures> = {}): Figures {
  const unions = [
    union({ id: 1, kind: "INDEPENDENT", ownership: "PRIVATE" }),
    union({ id: 2, kind: "INDEPENDENT", ownership: "FOREIGN", workers: 300, members: 280, women: 100 }),
    union({ id: 3, kind: "JOINT", ownership: "INDIVIDUAL", covered: 12, workers: 90, members: 70, women: 30 }),
  ];
  return {
    unions,
    members: 400,
    women: 150,
    migrant: 60,
    nef: 10,
    nefByGroup: { COURIER: 10 },
    facts: facts({ fullTimeStaff: 2, partTimeStaff: 9, congressDelegates: 40, congressDelegatesWomen: 15, boardUnits: 1, workerDirectors: 2, workerDirectorsWomen: 1 }),
    factsMissing: 0,
    contracts: 2,
    contractWorkers: 380,
    dashboard: { training_sessions: 3, trainees: 120, certificates: 8, aid_amount: 12000, aid_persons: 9 },
    ...over,
  };
}
const byKey = (rows: { key: string; value: number | null }[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

describe("工会组织基本情况", () => {
  it("prints the yearbook's rows in order, with the host types grouped as the yearbooks do", () => {
    const rows = summaryRows(fixture());
    expect(rows.map((r) => r.name)).toEqual([
      "基层工会数", "其中：企业合计", "内资企业", "港澳台商投资企业", "外商投资企业", "事业单位", "机关", "个体经济组织",
      "工会会员数", "专职工会工作人员", "兼职工会工作人员", "联合工会涵盖单位数", "联合工会会员人数",
      "职代会职工代表人数", "其中：女性", "建立董事会单位数", "职工董事人数", "其中：女性",
    ]);
    expect(byKey(rows)).toMatchObject({ unions: 3, unions_enterprise: 2, unions_domestic: 1, unions_foreign: 1, unions_individual: 1, members: 400, joint_covered: 12, joint_members: 70, congress_delegates_women: 15, worker_directors: 2 });
  });

  it("the main tables split unions by kind and by host type, and carry the dashboard's training and assistance figures", () => {
    const t = byKey(tableRows(fixture()));
    expect(t).toMatchObject({ t_unions: 3, t_kind_INDEPENDENT: 2, t_kind_JOINT: 1, t_own_PRIVATE: 1, t_own_NONE: 0, t_workers: 490, t_members_women: 150, t_nef_COURIER: 10, t_contract_workers: 380, t_trainees: 120, t_aid_amount: 12000 });
  });
});

describe("逻辑检查", () => {
  it("a consistent fixture passes", () => {
    expect(checkFigures(fixture())).toEqual([]);
  });

  it("errors: women over members, a union with members and no founding date, joint coverage, women delegates and directors", () => {
    const f = fixture({
      unions: [union({ id: 1, kind: "INDEPENDENT", women: 60, members: 50 }), union({ id: 2, kind: "INDEPENDENT", foundedOn: null }), union({ id: 3, kind: "JOINT", covered: 0 }), union({ id: 4, kind: "JOINT", covered: 1 })],
      members: 200,
      women: 500,
      facts: facts({ congressDelegates: 3, congressDelegatesWomen: 4, workerDirectors: 1, workerDirectorsWomen: 2 }),
    });
    const codes = checkFigures(f).filter((c) => c.level === "error").map((c) => c.code);
    expect(codes).toEqual(["women_over_members", "women_over_members_total", "founded_on_missing", "joint_coverage", "congress_women", "director_women"]);
    const msgs = checkFigures(f).map((c) => c.message).join("\n");
    expect(msgs).toContain("女会员数多于会员数：工会1");
    expect(msgs).toContain("有会员的基层工会未填写成立日期：工会2");
    expect(msgs).toContain("联合工会涵盖单位数（1）少于联合工会数（2）");
  });

  it("warnings need a note: members over workers, members outside unions, untyped hosts, facts not entered", () => {
    const f = fixture({ unions: [union({ id: 1, kind: "INDEPENDENT", members: 120, workers: 100, ownership: null })], members: 130, women: 40, factsMissing: 1 });
    const checks = checkFigures(f);
    expect(checks.every((c) => c.level === "warning")).toBe(true);
    expect(checks.map((c) => c.code)).toEqual(["members_outside_unions", "members_over_workers", "type_missing", "facts_missing"]);
  });

  it("parts that do not add up to the total are errors", () => {
    // A union of a kind the yearbook does not list (a federation wrongly at grassroots level).
    const f = fixture({ unions: [...fixture().unions, union({ id: 9, kind: "FEDERATION", members: 0, women: 0 })], members: 400 });
    expect(checkFigures(f).map((c) => c.code)).toContain("kinds_sum");
  });
});
