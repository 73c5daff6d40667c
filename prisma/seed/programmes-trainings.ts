// Demo trainings (技能培训) and competitions (劳动和技能竞赛), following the
// seeds' magnitudes: 建湖县 2026 has 68 sessions with about 31,000 trainees
// (mostly head counts of non-members; a few thousand enrolled members, 1,300
// certificates), a 10-trade county skills contest (第十四届), quarterly county
// contests and monthly town contests; 盱眙县 2,745 trainees with 1,331 senior
// (三级) certificates and a 育婴员/保育员/茶艺师/汽车维修工 contest; the other
// counties less. 2025 is there too, for year-over-year comparisons. A few
// first places are nominated for the county 五一劳动奖章 (rows in `honour`).
// Deterministic (ctx.rng); everything goes in with set-based inserts.
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import { day, iso, REFERENCE_DAY } from "./dates";
import { allocate, type Rng } from "./random";
import type { DemoContext } from "./context";
import type { OrgRow } from "./types";

type Sample = { id: string; orgId: number; path: number[] };
type TrainingType =
  | "APPRENTICESHIP"
  | "ENTREPRENEURSHIP"
  | "SAFETY"
  | "EMPLOYMENT_SKILLS"
  | "MIGRANT_UPSKILLING"
  | "ONLINE"
  | "EDUCATION_UPGRADE";

type Session = {
  id: string;
  org: OrgRow;
  title: string;
  type: TrainingType;
  organiser: string;
  startsOn: number;
  endsOn: number;
  hours: number;
  place: string | null;
  capacity: number | null;
  extra: number;
  createdBy: string | null;
  /** Relative share of the county-year's enrolled members. */
  weight: number;
  /** Relative share of the non-member head count. */
  extraWeight: number;
};

type Enrolment = {
  id: string;
  sessionId: string;
  memberId: string;
  attended: boolean;
  attendedHours: string | null;
  outcome: string;
  certificateLevel: string | null;
  certificateNo: string | null;
  subsidyAmount: string | null;
};

type Competition = {
  id: string;
  org: OrgRow;
  name: string;
  kind: "SKILLS" | "KEY_PROJECT" | "ANKANG_CUP" | "OTHER";
  level: "NATIONAL" | "PROVINCIAL" | "CITY" | "COUNTY";
  organiser: string;
  startsOn: number;
  endsOn: number;
  trades: string[];
  notes: string | null;
  createdBy: string | null;
};

type Entry = { id: string; competitionId: string; memberId: string; trade: string; score: string | null; rank: number | null; award: string | null };
type Honour = { id: string; orgId: number; memberId: string; year: number; awardingBody: string; status: string; sourceEntryId: string; notes: string; createdBy: string | null };

/** Trades an enterprise trains its apprentices in. */
const APPRENTICE_TRADES = ["电工", "焊工", "钳工", "车工", "数控车工", "叉车司机", "机修钳工", "电子装接工"];
const SKILL_TRADES = ["电工", "焊工", "育婴员", "保育员", "中式烹调师", "茶艺师", "养老护理员", "电子商务师", "叉车司机", "家政服务员", "汽车维修工", "钳工"];
const CERTIFIABLE: readonly TrainingType[] = ["EMPLOYMENT_SKILLS", "MIGRANT_UPSKILLING", "APPRENTICESHIP"];
const JIANHU_CONTEST_TRADES = ["电工", "焊工", "车工", "钳工", "育婴员", "保育员", "茶艺师", "汽车维修工", "中式烹调师", "数控车工"];
const XUYI_CONTEST_TRADES = ["育婴员", "保育员", "茶艺师", "汽车维修工"];
const CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"];

const short = (o: OrgRow) => o.name.replace(/(总工会|工会委员会|工会联合会|工会)$/, "");

class Builder {
  readonly sessions: Session[] = [];
  readonly enrolments: Enrolment[] = [];
  readonly competitions: Competition[] = [];
  readonly entries: Entry[] = [];
  readonly honours: Honour[] = [];
  private certSeq = 0;

  constructor(
    readonly rng: Rng,
    readonly ctx: DemoContext,
    readonly samples: Map<number, Sample[]>,
  ) {}

  pool(county: OrgRow, within: OrgRow): Sample[] {
    const all = this.samples.get(county.id) ?? [];
    return within.id === county.id ? all : all.filter((m) => m.path.includes(within.id));
  }

  /** `n` distinct members of the pool, at random. */
  pick(pool: Sample[], n: number): Sample[] {
    if (n >= pool.length) return this.rng.shuffle(pool);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(this.rng.int(0, pool.length - 1));
    return [...chosen].map((i) => pool[i]);
  }

  dateIn(year: number, fromMonth = 1, toMonth = 10): number {
    return this.rng.int(day(year, fromMonth, 5), day(year, toMonth, 25));
  }

  certificateNo(year: number, county: OrgRow): string {
    this.certSeq++;
    return `S${year}${county.code}${String(this.certSeq).padStart(6, "0")}`;
  }
}

/** One county's training year. */
function trainingYear(
  b: Builder,
  county: OrgRow,
  towns: OrgRow[],
  enterprises: OrgRow[],
  year: number,
  plan: {
    countyTypes: TrainingType[];
    perTown: number;
    apprenticeships: number;
    trainees: number;
    enrolled: number;
    certified: number;
    /** Every certificate at this level (盱眙: 1,331 senior certificates), else a spread. */
    certLevel?: string;
    /** Types the towns' sessions cycle through. */
    townTypes?: TrainingType[];
    staff: string | null;
    townStaff?: Map<number, string>;
  },
) {
  const { rng } = b;
  const cShort = short(county);
  const sessions: Session[] = [];
  const add = (org: OrgRow, type: TrainingType, i: number, createdBy: string | null) => {
    const trade = rng.pick(type === "APPRENTICESHIP" ? APPRENTICE_TRADES : SKILL_TRADES);
    const start = type === "EDUCATION_UPGRADE" ? day(year, 3, rng.int(1, 20)) : b.dateIn(year);
    const days = type === "ONLINE" ? rng.int(20, 60) : type === "EDUCATION_UPGRADE" ? 120 : rng.int(0, 9);
    const hours = type === "ONLINE" ? rng.int(4, 16) : type === "EDUCATION_UPGRADE" ? 240 : type === "SAFETY" ? rng.pick([4, 8, 12]) : rng.pick([16, 24, 40, 56, 80, 120]);
    const at = org === county ? cShort : short(org);
    const titles: Record<TrainingType, () => string> = {
      APPRENTICESHIP: () => `${at}企业新型学徒制培训（${trade}）`,
      ENTREPRENEURSHIP: () => (org === county ? `${year}年${cShort}SYB创业培训班（第${CN_NUM[i + 1]}期）` : `${at}${year}年创业培训班`),
      SAFETY: () => rng.pick([`${year}年${at}安全生产技能培训`, `${at}有限空间作业安全培训`, `${at}“安康杯”安全知识培训`, `${at}消防安全与应急救护培训`]),
      EMPLOYMENT_SKILLS: () => `${at}${trade}就业技能培训班`,
      MIGRANT_UPSKILLING: () => `${at}农民工技能提升培训（${trade}）`,
      ONLINE: () => rng.pick([`“技能强县”职工线上学习·安全生产专题（${year}）`, `职工数字技能线上课程（${year}）`, `${cShort}职工法律知识线上学习（${year}）`]),
      EDUCATION_UPGRADE: () => `“求学圆梦行动”职工学历提升（${year}级）`,
    };
    const place =
      type === "ONLINE"
        ? null
        : org.level === "GRASSROOTS"
          ? `${short(org)}职工培训室`
          : org === county
            ? rng.pick([`${cShort}职工服务中心`, `${cShort}职业教育中心`, `${cShort}职业技能培训中心`])
            : `${at}成人文化技术学校`;
    sessions.push({
      id: rng.uuid(),
      org,
      title: titles[type](),
      type,
      organiser: org.level === "GRASSROOTS" ? `${short(org)}` : rng.pick([county.name, `${cShort}人力资源和社会保障局`, `${cShort}职业技能培训中心`, org.name]),
      startsOn: start,
      endsOn: start + days,
      hours,
      place,
      capacity: type === "ONLINE" ? null : rng.pick([50, 60, 80, 100, 120, 200]),
      extra: 0,
      createdBy,
      // Sizes vary from session to session around each kind's typical share.
      weight: (org === county ? (type === "ONLINE" ? 3 : CERTIFIABLE.includes(type) ? 5 : 2) : org.level === "TOWN" ? 1.2 : 0.5) * (0.6 + rng.next() * 0.8),
      extraWeight: (type === "ONLINE" ? 14 : org === county ? (type === "SAFETY" ? 5 : 2) : org.level === "TOWN" ? 1.4 : 0.05) * (0.5 + rng.next()),
    });
  };
  plan.countyTypes.forEach((t, i) => add(county, t, plan.countyTypes.slice(0, i).filter((x) => x === t).length, plan.staff));
  const townTypes = plan.townTypes ?? ["SAFETY", "EMPLOYMENT_SKILLS", "MIGRANT_UPSKILLING", "ENTREPRENEURSHIP"];
  for (const town of towns) {
    for (let i = 0; i < plan.perTown; i++) add(town, townTypes[(i + town.id) % townTypes.length], i, plan.townStaff?.get(town.id) ?? plan.staff);
  }
  for (const ent of rng.shuffle(enterprises).slice(0, plan.apprenticeships)) add(ent, "APPRENTICESHIP", 0, plan.staff);

  // Enrolled members by weight (never more than the pool holds), the rest as non-member head counts.
  const pools = sessions.map((s) => b.pool(county, s.org));
  const enrolled = allocate(
    sessions.map((s) => s.weight),
    plan.enrolled,
    0,
  ).map((n, i) => Math.min(n, pools[i].length));
  const enrolledTotal = enrolled.reduce((a, c) => a + c, 0);
  const extras = allocate(
    sessions.map((s) => s.extraWeight),
    Math.max(0, plan.trainees - enrolledTotal),
  );
  const rows: { e: Enrolment; session: Session }[] = [];
  sessions.forEach((s, i) => {
    s.extra = extras[i];
    const future = s.startsOn > REFERENCE_DAY;
    for (const m of b.pick(pools[i], enrolled[i])) {
      const dropped = !future && rng.chance(0.04);
      let outcome = future ? "ENROLLED" : dropped ? "DROPPED" : "COMPLETED";
      let subsidy: string | null = null;
      if (s.type === "EDUCATION_UPGRADE" && outcome === "COMPLETED" && rng.chance(0.85)) {
        outcome = "SUBSIDY_GRANTED";
        subsidy = rng.pick(["1500.00", "2000.00", "2500.00", "3000.00"]);
      }
      const attendedHours = future ? null : dropped ? String(Math.max(1, Math.floor(s.hours * rng.next() * 0.6))) : String(s.hours);
      rows.push({
        session: s,
        e: {
          id: rng.uuid(),
          sessionId: s.id,
          memberId: m.id,
          attended: !future,
          attendedHours,
          outcome,
          certificateLevel: null,
          certificateNo: null,
          subsidyAmount: subsidy,
        },
      });
    }
  });
  // Exactly the planned number of certificates, from completed skills enrolments.
  const certifiable = rows.filter((r) => r.e.outcome === "COMPLETED" && CERTIFIABLE.includes(r.session.type));
  for (const r of rng.shuffle(certifiable).slice(0, plan.certified)) {
    r.e.outcome = "CERTIFIED";
    r.e.certificateLevel = plan.certLevel ?? rng.pick(["LEVEL_5", "LEVEL_5", "LEVEL_4", "LEVEL_4", "LEVEL_4", "LEVEL_3", "LEVEL_3", "LEVEL_2"]);
    r.e.certificateNo = b.certificateNo(year, county);
  }
  b.sessions.push(...sessions);
  b.enrolments.push(...rows.map((r) => r.e));
}

/** A skills contest: per trade, entrants ranked by score; 1 一等奖, 2 二等奖, 3 三等奖, then 优秀奖. */
function contest(b: Builder, c: Competition, county: OrgRow, perTrade: [number, number], nominate: string[], nominationStatus = "NOMINATED") {
  const { rng } = b;
  b.competitions.push(c);
  const pool = b.pool(county, c.org);
  for (const trade of c.trades) {
    const entrants = b.pick(pool, rng.int(perTrade[0], perTrade[1]));
    const scores = entrants.map(() => rng.int(5800, 9850)).sort((x, y) => y - x);
    entrants.forEach((m, i) => {
      const rank = i + 1;
      const award = rank === 1 ? "FIRST" : rank <= 3 ? "SECOND" : rank <= 6 ? "THIRD" : rank <= 10 ? "EXCELLENCE" : null;
      const id = rng.uuid();
      b.entries.push({ id, competitionId: c.id, memberId: m.id, trade, score: (scores[i] / 100).toFixed(2), rank, award });
      if (rank === 1 && nominate.includes(trade)) {
        b.honours.push({
          id: rng.uuid(),
          orgId: m.orgId,
          memberId: m.id,
          year: new Date(c.endsOn * 86_400_000).getUTCFullYear(),
          awardingBody: c.organiser,
          status: nominationStatus,
          sourceEntryId: id,
          notes: `${c.name}（${trade}）第一名，推荐为五一劳动奖章人选`,
          createdBy: c.createdBy,
        });
      }
    });
  }
}

/** A contest without trades scored per person (安康杯, key-project and reading contests). */
function simpleContest(b: Builder, c: Competition, county: OrgRow, entrants: number, trade: string) {
  const { rng } = b;
  b.competitions.push(c);
  const chosen = b.pick(b.pool(county, c.org), entrants);
  const scores = chosen.map(() => rng.int(6000, 9900)).sort((x, y) => y - x);
  chosen.forEach((m, i) => {
    const rank = i + 1;
    b.entries.push({
      id: rng.uuid(),
      competitionId: c.id,
      memberId: m.id,
      trade,
      score: (scores[i] / 100).toFixed(2),
      rank,
      award: rank === 1 ? "FIRST" : rank <= 3 ? "SECOND" : rank <= 5 ? "THIRD" : null,
    });
  });
}

function competition(b: Builder, org: OrgRow, fields: Omit<Competition, "id" | "org" | "notes" | "createdBy"> & { notes?: string | null }, createdBy: string | null): Competition {
  return { id: b.rng.uuid(), org, notes: null, createdBy, ...fields };
}

function competitionsFor(b: Builder, county: OrgRow, towns: OrgRow[], year: number, staff: string | null, townStaff: Map<number, string>) {
  const { rng } = b;
  const cShort = short(county);
  const jianhu = county.name === "建湖县总工会";
  const xuyi = county.name === "盱眙县总工会";
  const lastMonth = year === 2026 ? 10 : 12;

  // The county's annual skills contest.
  const edition = jianhu ? (year === 2026 ? 14 : 13) : year === 2026 ? 6 : 5;
  const trades = jianhu ? (year === 2026 ? JIANHU_CONTEST_TRADES : JIANHU_CONTEST_TRADES.slice(0, 9)) : xuyi ? XUYI_CONTEST_TRADES : rng.shuffle(SKILL_TRADES).slice(0, 4);
  const start = day(year, 9, rng.int(8, 14));
  const skills = competition(
    b,
    county,
    {
      name: `${cShort}第${CN_NUM[edition]}届职工职业技能竞赛`,
      kind: "SKILLS",
      level: "COUNTY",
      organiser: `${county.name}、${cShort}人力资源和社会保障局`,
      startsOn: start,
      endsOn: start + rng.int(10, 20),
      trades,
      notes: jianhu ? `设${trades.length}个竞赛工种，各工种第一名符合条件的推荐申报县五一劳动奖章` : null,
    },
    staff,
  );
  const nominate = jianhu ? (year === 2026 ? ["电工", "焊工", "数控车工"] : ["钳工", "中式烹调师"]) : xuyi && year === 2026 ? ["育婴员"] : [];
  contest(b, skills, county, jianhu ? [14, 28] : [8, 14], nominate, year === 2025 && jianhu ? "AWARDED" : "NOMINATED");

  // Quarterly county contests (安康杯, key projects, 岗位练兵); smaller counties hold two a year.
  const quarters = jianhu ? [1, 2, 3, 4] : [2, 4];
  for (const q of quarters) {
    const month = (q - 1) * 3 + 2;
    if (month > lastMonth) continue;
    const kind = (["ANKANG_CUP", "KEY_PROJECT", "SKILLS", "ANKANG_CUP"] as const)[q - 1];
    const s = day(year, month, rng.int(5, 20));
    const name =
      kind === "ANKANG_CUP"
        ? `${year}年${cShort}“安康杯”安全知识竞赛（第${CN_NUM[q]}季度）`
        : kind === "KEY_PROJECT"
          ? `${cShort}重点工程劳动竞赛（${rng.pick(["高新区标准厂房", "城南污水处理厂", "228国道改扩建", "县人民医院新院区"])}项目 第${CN_NUM[q]}季度）`
          : `${cShort}职工岗位练兵技术比武（第${CN_NUM[q]}季度）`;
    const trade = kind === "SKILLS" ? rng.pick(["电工", "焊工", "钳工"]) : kind === "KEY_PROJECT" ? "施工班组" : "安全知识";
    const c = competition(b, county, { name, kind, level: "COUNTY", organiser: county.name, startsOn: s, endsOn: s + rng.int(1, 30), trades: kind === "SKILLS" ? [trade] : [] }, staff);
    simpleContest(b, c, county, rng.int(jianhu ? 18 : 8, jianhu ? 36 : 15), trade);
  }

  // Monthly town contests (建湖: every town, every month).
  if (jianhu) {
    for (const town of towns) {
      for (let month = 1; month <= lastMonth; month++) {
        const kind = rng.pick(["SKILLS", "SKILLS", "ANKANG_CUP", "KEY_PROJECT", "OTHER"] as const);
        const trade = kind === "SKILLS" ? rng.pick(SKILL_TRADES) : kind === "ANKANG_CUP" ? "安全知识" : kind === "KEY_PROJECT" ? "施工班组" : "职工读书";
        const tShort = short(town);
        const name =
          kind === "SKILLS"
            ? `${tShort}${year}年${month}月职工技能比武（${trade}）`
            : kind === "ANKANG_CUP"
              ? `${tShort}${year}年${month}月“安康杯”安全知识竞赛`
              : kind === "KEY_PROJECT"
                ? `${tShort}${year}年${month}月重点工程劳动竞赛`
                : `${tShort}${year}年${month}月职工读书分享赛`;
        const s = day(year, month, rng.int(8, 24));
        const c = competition(b, town, { name, kind, level: "COUNTY", organiser: town.name, startsOn: s, endsOn: s, trades: kind === "SKILLS" ? [trade] : [] }, townStaff.get(town.id) ?? staff);
        simpleContest(b, c, county, rng.int(5, 12), trade);
      }
    }
  }
}

/** Loads the trainings and competitions demo. Returns row counts. */
export async function loadTrainingDemo(client: Client, ctx: DemoContext) {
  const { rng, tree, demoMemberId, userIds } = ctx;
  const counties = tree.orgs.filter((o) => o.level === "COUNTY");
  const jianhu = tree.byName.get("建湖县总工会")!;
  const xuyi = tree.byName.get("盱眙县总工会")!;
  const shanggang = tree.byName.get("上冈镇总工会")!;

  // A deterministic sample of each county's active members (ids are seeded, so
  // ORDER BY id is stable): every member of the small counties, an eighth of 建湖's.
  const res = await client.query<{ county: number; id: string; org_id: number; path: number[] }>(
    `SELECT o.ancestor_ids[3] AS county, m.id, m.org_id, o.ancestor_ids AS path
     FROM member m JOIN organisation o ON o.id = m.org_id
     WHERE m.status = 'ACTIVE' AND m.id <> $1 AND o.depth >= 3
       AND (o.ancestor_ids[3] <> $2 OR m.id < '20000000-0000-0000-0000-000000000000')
     ORDER BY m.id`,
    [demoMemberId, jianhu.id],
  );
  const samples = new Map<number, Sample[]>();
  for (const r of res.rows) {
    const list = samples.get(r.county) ?? [];
    list.push({ id: r.id, orgId: r.org_id, path: r.path });
    samples.set(r.county, list);
  }
  const b = new Builder(rng, ctx, samples);

  const townStaff = new Map([[shanggang.id, userIds["shanggang.staff"]]]);
  for (const county of counties) {
    const towns = tree.orgs.filter((o) => o.parentId === county.id && o.level === "TOWN");
    // Enterprises with enough sampled members for an apprenticeship class.
    const byOrg = new Map<number, number>();
    for (const m of samples.get(county.id) ?? []) byOrg.set(m.orgId, (byOrg.get(m.orgId) ?? 0) + 1);
    const enterprises = tree.orgs.filter(
      (o) => o.level === "GRASSROOTS" && o.kind === "INDEPENDENT" && o.name.includes("公司") && (byOrg.get(o.id) ?? 0) >= 12 && o.ancestorIds.includes(county.id),
    );
    const isJianhu = county === jianhu;
    const isXuyi = county === xuyi;
    const staff = isJianhu ? userIds["jianhu.staff"] : isXuyi ? userIds["xuyi.staff"] : (userIds.admin ?? null);
    for (const year of [2025, 2026]) {
      const f = year === 2026 ? 1 : 0.88;
      if (isJianhu) {
        trainingYear(b, county, towns, enterprises, year, {
          countyTypes: ["ONLINE", "ONLINE", "ONLINE", "SAFETY", "SAFETY", "SAFETY", "EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "MIGRANT_UPSKILLING", "MIGRANT_UPSKILLING", "ENTREPRENEURSHIP", "ENTREPRENEURSHIP", "EDUCATION_UPGRADE"],
          perTown: 3,
          apprenticeships: year === 2026 ? 15 : 7,
          trainees: Math.round(31_245 * f),
          enrolled: Math.round(3_600 * f),
          certified: Math.round(1_300 * f),
          staff,
          townStaff,
        });
      } else if (isXuyi) {
        trainingYear(b, county, towns, enterprises, year, {
          countyTypes: ["EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "MIGRANT_UPSKILLING", "MIGRANT_UPSKILLING", "SAFETY", "ONLINE"],
          perTown: 1,
          townTypes: ["EMPLOYMENT_SKILLS", "MIGRANT_UPSKILLING"],
          apprenticeships: 0,
          trainees: year === 2026 ? 2_745 : 2_410,
          enrolled: year === 2026 ? 1_600 : 1_400,
          certified: year === 2026 ? 1_331 : 1_150,
          certLevel: "LEVEL_3",
          staff,
        });
      } else {
        trainingYear(b, county, towns.slice(0, 3), enterprises, year, {
          countyTypes: ["EMPLOYMENT_SKILLS", "SAFETY", "ONLINE"],
          perTown: 1,
          apprenticeships: 1,
          trainees: rng.int(400, 900),
          enrolled: rng.int(90, 150),
          certified: rng.int(25, 60),
          staff,
        });
      }
      competitionsFor(b, county, towns, year, staff, townStaff);
    }
  }

  // 王建华 (demo member, 上冈镇): a certificate from a county skills class, a
  // completed safety training, and second place in the 14th contest's welding.
  const welding = b.sessions.find((s) => s.org === jianhu && s.type === "EMPLOYMENT_SKILLS" && s.startsOn < REFERENCE_DAY && s.startsOn >= day(2026, 1, 1));
  const safety2025 = (org: OrgRow) => b.sessions.find((s) => s.org === org && s.type === "SAFETY" && s.startsOn >= day(2025, 1, 1) && s.startsOn < day(2026, 1, 1));
  const safety = safety2025(shanggang) ?? safety2025(jianhu);
  if (welding) {
    welding.title = "建湖县焊工（高级工）技能提升培训班";
    b.enrolments.push({
      id: rng.uuid(),
      sessionId: welding.id,
      memberId: demoMemberId,
      attended: true,
      attendedHours: String(welding.hours),
      outcome: "CERTIFIED",
      certificateLevel: "LEVEL_3",
      certificateNo: b.certificateNo(2026, jianhu),
      subsidyAmount: null,
    });
  }
  if (safety) {
    b.enrolments.push({ id: rng.uuid(), sessionId: safety.id, memberId: demoMemberId, attended: true, attendedHours: String(safety.hours), outcome: "COMPLETED", certificateLevel: null, certificateNo: null, subsidyAmount: null });
  }
  const contest14 = b.competitions.find((c) => c.name === "建湖县第十四届职工职业技能竞赛");
  if (contest14) {
    // Slot in at second place; those below move down one.
    const welders = b.entries.filter((e) => e.competitionId === contest14.id && e.trade === "焊工").sort((x, y) => x.rank! - y.rank!);
    const [first, second] = welders;
    const score = first && second ? ((Number(first.score) + Number(second.score)) / 2).toFixed(2) : "91.50";
    for (const e of welders.slice(1)) {
      e.rank = e.rank! + 1;
      e.award = e.rank <= 3 ? "SECOND" : e.rank <= 6 ? "THIRD" : e.rank <= 10 ? "EXCELLENCE" : null;
    }
    b.entries.push({ id: rng.uuid(), competitionId: contest14.id, memberId: demoMemberId, trade: "焊工", score, rank: 2, award: "SECOND" });
  }

  await insertAll(client, b);
  ctx.log(`inserted ${b.sessions.length} training sessions, ${b.enrolments.length} enrolments, ${b.competitions.length} competitions, ${b.entries.length} entries, ${b.honours.length} nominations`);
  return { sessions: b.sessions.length, enrolments: b.enrolments.length, competitions: b.competitions.length, entries: b.entries.length };
}

async function insertAll(client: Client, b: Builder) {
  const s = b.sessions;
  await bulkInsert(client, "training_session", [
    { name: "id", type: "uuid", values: s.map((x) => x.id) },
    { name: "org_id", type: "int", values: s.map((x) => x.org.id) },
    { name: "title", type: "text", values: s.map((x) => x.title) },
    { name: "type", type: '"TrainingType"', values: s.map((x) => x.type) },
    { name: "organiser", type: "text", values: s.map((x) => x.organiser) },
    { name: "starts_on", type: "date", values: s.map((x) => iso(x.startsOn)) },
    { name: "ends_on", type: "date", values: s.map((x) => iso(x.endsOn)) },
    { name: "hours", type: "numeric", values: s.map((x) => String(x.hours)) },
    { name: "mode", type: '"TrainingMode"', values: s.map((x) => (x.type === "ONLINE" ? "ONLINE" : "ONSITE")) },
    { name: "place", type: "text", values: s.map((x) => x.place) },
    { name: "capacity", type: "int", values: s.map((x) => x.capacity) },
    { name: "extra_participants", type: "int", values: s.map((x) => x.extra) },
    { name: "created_by_id", type: "uuid", values: s.map((x) => x.createdBy) },
  ]);
  const e = b.enrolments;
  await bulkInsert(client, "training_enrolment", [
    { name: "id", type: "uuid", values: e.map((x) => x.id) },
    { name: "session_id", type: "uuid", values: e.map((x) => x.sessionId) },
    { name: "member_id", type: "uuid", values: e.map((x) => x.memberId) },
    { name: "attended", type: "boolean", values: e.map((x) => x.attended) },
    { name: "attended_hours", type: "numeric", values: e.map((x) => x.attendedHours) },
    { name: "outcome", type: '"EnrolmentOutcome"', values: e.map((x) => x.outcome) },
    { name: "certificate_level", type: '"CertificateLevel"', values: e.map((x) => x.certificateLevel) },
    { name: "certificate_no", type: "text", values: e.map((x) => x.certificateNo) },
    { name: "subsidy_amount", type: "numeric", values: e.map((x) => x.subsidyAmount) },
  ]);
  const c = b.competitions;
  await bulkInsert(client, "competition", [
    { name: "id", type: "uuid", values: c.map((x) => x.id) },
    { name: "org_id", type: "int", values: c.map((x) => x.org.id) },
    { name: "name", type: "text", values: c.map((x) => x.name) },
    { name: "kind", type: '"CompetitionKind"', values: c.map((x) => x.kind) },
    { name: "level", type: '"HonourLevel"', values: c.map((x) => x.level) },
    { name: "organiser", type: "text", values: c.map((x) => x.organiser) },
    { name: "starts_on", type: "date", values: c.map((x) => iso(x.startsOn)) },
    { name: "ends_on", type: "date", values: c.map((x) => iso(x.endsOn)) },
    // unnest would flatten a text[][], so each list travels as a JSON array.
    { name: "trades", type: "text", values: c.map((x) => JSON.stringify(x.trades)), expr: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}::jsonb))` },
    { name: "notes", type: "text", values: c.map((x) => x.notes) },
    { name: "created_by_id", type: "uuid", values: c.map((x) => x.createdBy) },
  ]);
  const n = b.entries;
  await bulkInsert(client, "competition_entry", [
    { name: "id", type: "uuid", values: n.map((x) => x.id) },
    { name: "competition_id", type: "uuid", values: n.map((x) => x.competitionId) },
    { name: "member_id", type: "uuid", values: n.map((x) => x.memberId) },
    { name: "trade", type: "text", values: n.map((x) => x.trade) },
    { name: "score", type: "numeric", values: n.map((x) => x.score) },
    { name: "rank", type: "int", values: n.map((x) => x.rank) },
    { name: "award", type: '"CompetitionAward"', values: n.map((x) => x.award) },
  ]);
  // A plain (unnamed) statement: bulkInsert names its prepared statement after the
  // table, and the honours loader has already used that name with other columns.
  const h = b.honours;
  await client.query(
    `INSERT INTO honour (id, org_id, member_id, title, title_text, level, year, awarding_body, status, source_entry_id, notes, created_by_id, created_at, updated_at)
     SELECT u.id, u.org_id, u.member_id, 'MAY_DAY_MEDAL', '五一劳动奖章', 'COUNTY', u.year, u.body, u.status::"HonourStatus", u.entry, u.notes, u.by, now(), now()
     FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::uuid[])
       AS u(id, org_id, member_id, year, body, status, entry, notes, by)`,
    [
      h.map((x) => x.id),
      h.map((x) => x.orgId),
      h.map((x) => x.memberId),
      h.map((x) => x.year),
      h.map((x) => x.awardingBody.slice(0, 100)),
      h.map((x) => x.status),
      h.map((x) => x.sourceEntryId),
      h.map((x) => x.notes),
      h.map((x) => x.createdBy),
    ],
  );
}
