// Demo records for honours and model-worker services, innovation studios,
// activity records (工作台账) and service points, at the orders of magnitude the
// seeds report: 建湖 9 city-level-or-above studios, 10 建湖工匠 per round (¥2,000;
// nominees ¥1,000), 700+ recuperation places a year; 丹徒 250 mentoring pairs and
// 15 job fairs; 大丰 15 county + 30 town 双进 lectures; 滨海 76 outdoor-worker
// stations. Records cover 2025 and 2026 so year-over-year comparisons work.
// Deterministic (ctx.rng, members picked in id order), set-based inserts.
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { day, iso, REFERENCE_DAY } from "./dates";
import { CITIES, COUNTIES } from "./regions";
import type { Rng } from "./random";
import type { OrgRow } from "./types";

type Person = { id: string; name: string; orgId: number };
type County = { org: OrgRow; short: string; full: string; city: string; towns: OrgRow[]; unions: OrgRow[]; pool: Person[]; next: number };

const YEARS = [2025, 2026] as const;
/** Last day records may fall on: the demo's "today". */
const LAST = REFERENCE_DAY - 1;

/** A day in the given year (month range inclusive), never after the demo's today. */
function dayIn(rng: Rng, year: number, fromMonth = 1, toMonth = 12): number {
  const start = day(year, fromMonth, 1);
  const end = Math.min(toMonth === 12 ? day(year, 12, 31) : day(year, toMonth + 1, 1) - 1, LAST);
  return rng.int(start, Math.max(start, end));
}

const yuan = (n: number) => n.toFixed(2);

class Cols {
  readonly c: Record<string, unknown[]> = {};
  push(row: Record<string, unknown>) {
    for (const [k, v] of Object.entries(row)) (this.c[k] ??= []).push(v);
  }
  get size() {
    return Object.values(this.c)[0]?.length ?? 0;
  }
}

export async function loadRecordDemo(client: Client, ctx: DemoContext): Promise<void> {
  const { rng } = ctx;
  const counties = await loadCounties(client, ctx);
  const byShort = new Map(counties.map((c) => [c.short, c]));
  const jianhu = byShort.get("建湖")!;
  const demo = await client.query<{ id: string; name: string; org_id: number }>("SELECT id, name, org_id FROM member WHERE id = $1", [ctx.demoMemberId]);
  const demoPerson: Person = { id: demo.rows[0].id, name: demo.rows[0].name, orgId: demo.rows[0].org_id };

  const take = (c: County, n: number) => {
    const out = c.pool.slice(c.next, c.next + n);
    c.next += out.length;
    return out;
  };

  // ---- honours ----
  const honours = new Cols();
  const holders = new Map<string, Person[]>(); // county → people holding an individual honour
  const addHonour = (c: County, p: Person | null, team: { name: string; orgId: number } | null, h: { title: string; text: string; level: string; year: number; body: string; amount: number | null }) => {
    honours.push({
      id: rng.uuid(),
      org_id: p ? p.orgId : team!.orgId,
      member_id: p?.id ?? null,
      team_name: team?.name ?? null,
      title: h.title,
      title_text: h.text,
      level: h.level,
      year: h.year,
      awarding_body: h.body,
      award_amount: h.amount === null ? null : yuan(h.amount),
      status: "AWARDED",
    });
    if (p) (holders.get(c.short) ?? holders.set(c.short, []).get(c.short)!).push(p);
  };
  const countyGov = (c: County) => `中共${c.full}委、${c.full}人民政府`;

  for (const c of counties) {
    const big = c === jianhu;
    const scale = big ? 1 : 0.12;
    const plan: [string, string, string, number, number | null][] = [
      ["MODEL_WORKER", "全国劳动模范", "NATIONAL", big ? 2 : 0, null],
      ["MODEL_WORKER", "江苏省劳动模范", "PROVINCIAL", Math.max(1, Math.round(10 * scale)), null],
      ["MODEL_WORKER", `${c.city}市劳动模范`, "CITY", Math.max(2, Math.round(60 * scale)), null],
      ["MODEL_WORKER", `${c.full}劳动模范`, "COUNTY", Math.max(6, Math.round(220 * scale)), 3000],
      ["MAY_DAY_MEDAL", "江苏省五一劳动奖章", "PROVINCIAL", Math.max(1, Math.round(8 * scale)), null],
      ["MAY_DAY_MEDAL", `${c.city}市五一劳动奖章`, "CITY", Math.max(2, Math.round(40 * scale)), null],
      ["MAY_DAY_MEDAL", `${c.full}五一劳动奖章`, "COUNTY", Math.max(5, Math.round(160 * scale)), 1000],
      ["WOMEN_PACESETTER", `${c.full}五一巾帼标兵`, "COUNTY", Math.max(3, Math.round(70 * scale)), 500],
      ["TECH_PACESETTER", `${c.full}技术标兵`, "COUNTY", Math.max(4, Math.round(150 * scale)), 800],
    ];
    for (const [title, text, level, n, amount] of plan) {
      for (const p of take(c, n)) {
        const year = rng.int(2015, 2026);
        const body = level === "NATIONAL" ? "国务院" : level === "PROVINCIAL" ? (title === "MODEL_WORKER" ? "江苏省人民政府" : "江苏省总工会") : level === "CITY" ? `${c.city}市总工会` : title === "MODEL_WORKER" ? countyGov(c) : c.org.name;
        addHonour(c, p, null, { title, text, level, year, body, amount });
      }
    }
    // County craftsman rounds: 10 titles (¥2,000 each) and 10 nominees (¥1,000) per round.
    for (const year of big ? [2021, 2023, 2025] : [2025]) {
      const n = big ? 10 : 3;
      // 建湖's 2023 round includes the demo member (added below).
      const titled = big && year === 2023 ? n - 1 : n;
      for (const p of take(c, titled)) addHonour(c, p, null, { title: "CRAFTSMAN", text: `${c.short}工匠`, level: "COUNTY", year, body: countyGov(c), amount: 2000 });
      for (const p of take(c, n)) addHonour(c, p, null, { title: "CRAFTSMAN", text: `${c.short}工匠提名奖`, level: "COUNTY", year, body: countyGov(c), amount: 1000 });
    }
    // 工人先锋号: collective honours held by an enterprise union's team.
    const teams = big ? 48 : 4;
    for (let i = 0; i < teams; i++) {
      const u = c.unions[rng.int(0, c.unions.length - 1)];
      const level = i < (big ? 3 : 0) ? "PROVINCIAL" : i < (big ? 15 : 1) ? "CITY" : "COUNTY";
      const team = `${u.name.replace(/工会委员会$|工会$/, "")}${rng.pick(["生产一车间", "质检班组", "装配车间", "技术研发部", "设备维修班", "营销服务部", "安全生产班组"])}`;
      addHonour(c, null, { name: team, orgId: u.id }, {
        title: "WORKER_PIONEER",
        text: level === "PROVINCIAL" ? "江苏省工人先锋号" : level === "CITY" ? `${c.city}市工人先锋号` : `${c.full}工人先锋号`,
        level,
        year: rng.int(2018, 2026),
        body: level === "PROVINCIAL" ? "江苏省总工会" : level === "CITY" ? `${c.city}市总工会` : c.org.name,
        amount: null,
      });
    }
  }

  // ---- model-worker services: health checks, recuperation, service cards, visits ----
  const services = new Cols();
  const addService = (p: Person, year: number, kind: string, on: number, amount: number | null, notes: string | null) =>
    services.push({ id: rng.uuid(), org_id: p.orgId, member_id: p.id, year, kind, served_on: iso(on), amount: amount === null ? null : yuan(amount), notes });
  for (const c of counties) {
    const people = holders.get(c.short) ?? [];
    const big = c === jianhu;
    for (const year of YEARS) {
      const recup = big ? (year === 2025 ? 736 : 712) : Math.round(people.length * 0.6);
      const shuffled = rng.shuffle(people);
      for (const p of shuffled.slice(0, recup)) addService(p, year, "RECUPERATION", dayIn(rng, year, 4, 10), rng.int(18, 32) * 100, rng.pick(["省总工会疗休养基地（无锡）", "县内疗休养（九龙口）", "市总工会疗休养（大丰荷兰花海）", "省外疗休养（黄山）"]));
      for (const p of rng.shuffle(people).slice(0, Math.round(people.length * 0.9))) addService(p, year, "HEALTH_CHECK", dayIn(rng, year, 3, 9), rng.int(6, 12) * 100, null);
      for (const p of rng.shuffle(people).slice(0, Math.round(people.length * 0.25))) addService(p, year, "VISIT", dayIn(rng, year, 1, 2), rng.pick([500, 800, 1000]), "春节走访慰问");
    }
    for (const p of people.slice(0, Math.round(people.length * 0.4))) addService(p, 2025, "SERVICE_CARD", dayIn(rng, 2025, 4, 5), null, "劳模服务卡（免费体检、公交出行、景区优待）");
  }
  // The demo member (after the pools above, so his records are exactly these): a 建湖工匠 and a county May Day medal.
  addHonour(jianhu, demoPerson, null, { title: "CRAFTSMAN", text: "建湖工匠", level: "COUNTY", year: 2023, body: countyGov(jianhu), amount: 2000 });
  addHonour(jianhu, demoPerson, null, { title: "MAY_DAY_MEDAL", text: "建湖县五一劳动奖章", level: "COUNTY", year: 2021, body: "建湖县总工会", amount: 1000 });
  addService(demoPerson, 2025, "HEALTH_CHECK", day(2025, 5, 16), 880, null);
  addService(demoPerson, 2025, "RECUPERATION", day(2025, 9, 22), 2600, "市总工会疗休养（大丰荷兰花海）");
  addService(demoPerson, 2025, "SERVICE_CARD", day(2025, 4, 28), null, "劳模服务卡");
  addService(demoPerson, 2026, "HEALTH_CHECK", day(2026, 5, 12), 900, null);

  // ---- innovation studios with members, achievements and mentoring pairs ----
  const studios = new Cols();
  const studioMembers = new Cols();
  const achievements = new Cols();
  const mentorships = new Cols();
  const studioPlan = (c: County): { level: string; pairs: number }[] => {
    if (c === jianhu) {
      return [
        { level: "NATIONAL", pairs: 14 },
        { level: "PROVINCIAL", pairs: 12 },
        { level: "PROVINCIAL", pairs: 10 },
        ...Array.from({ length: 6 }, () => ({ level: "CITY", pairs: rng.int(6, 10) })),
        ...Array.from({ length: 8 }, () => ({ level: "COUNTY", pairs: rng.int(3, 6) })),
      ];
    }
    if (c.short === "丹徒") return [{ level: "PROVINCIAL", pairs: 40 }, ...Array.from({ length: 7 }, (_, i) => ({ level: i < 4 ? "CITY" : "COUNTY", pairs: 30 }))];
    return Array.from({ length: rng.int(2, 4) }, (_, i) => ({ level: i === 0 ? "CITY" : "COUNTY", pairs: rng.int(2, 5) }));
  };
  const ACH_TITLES: Record<string, string[]> = {
    INVENTION: ["一种高压管汇快速连接装置", "一种智能焊接温度监测系统", "一种节能型烘干设备"],
    PATENT: ["抽油机减速箱密封结构", "数控机床刀具自动补偿装置", "纺织机断纱自停装置", "电动车电池快换支架"],
    OPERATING_METHOD: ["“三查四定”设备点检操作法", "高效装配“五步法”", "焊缝一次合格“四控”操作法"],
    SMALL_INVENTION: ["多功能扳手", "管件定位夹具", "防滑检修踏板"],
    SMALL_INNOVATION: ["输送线节拍优化", "冷却水循环改造", "包装工序合并"],
    SMALL_MODIFICATION: ["行车限位改造", "除尘风机变频改造", "照明节能改造"],
    SMALL_DESIGN: ["工装夹具设计", "物料周转架设计", "安全警示标识设计"],
    SMALL_SUGGESTION: ["优化交接班流程的建议", "减少边角料浪费的建议", "设备润滑周期调整建议"],
  };
  const ACH_KINDS = Object.keys(ACH_TITLES);
  let demoStudioDone = false;
  for (const c of counties) {
    for (const [i, plan] of studioPlan(c).entries()) {
      const host = c.unions[(i * 7 + rng.int(0, 5)) % c.unions.length];
      // The demo member leads a county-level studio at his own enterprise.
      const isDemo = c === jianhu && !demoStudioDone && plan.level === "COUNTY";
      const lead = isDemo ? demoPerson : take(c, 1)[0];
      if (!lead) break;
      if (isDemo) demoStudioDone = true;
      const hostId = isDemo ? demoPerson.orgId : host.id;
      const kind = rng.pick(["MODEL_WORKER", "MODEL_WORKER", "CRAFTSMAN", "SKILL_MASTER"]);
      const suffix = kind === "MODEL_WORKER" ? "劳模创新工作室" : kind === "CRAFTSMAN" ? "工匠创新工作室" : "技能大师工作室";
      const founded = day(rng.int(2012, 2023), rng.int(1, 12), rng.int(1, 28));
      const revoked = c !== jianhu && plan.level === "COUNTY" && rng.chance(0.1);
      const reviewed = !revoked && founded < day(2022, 1, 1);
      const id = rng.uuid();
      studios.push({
        id,
        org_id: hostId,
        name: `${lead.name}${suffix}`,
        kind,
        level: plan.level,
        lead_member_id: lead.id,
        founded_on: iso(founded),
        status: revoked ? "REVOKED" : reviewed ? "REVIEWED" : "NAMED",
        status_on: revoked ? iso(dayIn(rng, 2025)) : reviewed ? iso(day(rng.pick([2023, 2024, 2025]), rng.int(3, 11), rng.int(1, 28))) : null,
        description: `依托${isDemo ? "江苏华瑞石油机械有限公司" : host.name.replace(/工会委员会$/, "")}，围绕生产一线技术难题开展攻关、创新和带徒传技。`,
      });
      const team = [lead, ...take(c, rng.int(4, 10))];
      for (const [k, p] of team.entries()) {
        studioMembers.push({ studio_id: id, member_id: p.id, role: k === 0 ? "领衔人" : rng.pick(["技术骨干", "成员", "成员", "青年骨干"]), joined_on: iso(k === 0 ? founded : rng.int(founded, LAST)) });
      }
      const nAch = plan.level === "COUNTY" ? rng.int(3, 8) : rng.int(8, 24);
      for (let k = 0; k < nAch; k++) {
        const kind = rng.pick(ACH_KINDS);
        const on = rng.int(founded, LAST);
        const benefit = kind.startsWith("SMALL_") ? rng.int(5, 120) * 1000 : rng.int(50, 1500) * 1000;
        achievements.push({
          id: rng.uuid(),
          studio_id: id,
          kind,
          title: rng.pick(ACH_TITLES[kind]),
          achieved_on: iso(on),
          benefit: kind === "SMALL_SUGGESTION" && rng.chance(0.5) ? null : `${benefit}.00`,
          patent_no: kind === "PATENT" || kind === "INVENTION" ? `ZL${new Date(on * 86_400_000).getUTCFullYear()}${rng.int(1, 2)}${String(rng.int(0, 99999999)).padStart(8, "0")}.${rng.int(0, 9)}` : null,
          description: null,
        });
      }
      const apprentices = take(c, plan.pairs);
      for (const a of apprentices) {
        const mentor = team[rng.int(0, Math.min(team.length - 1, 3))];
        const started = rng.int(Math.max(founded, day(2019, 1, 1)), LAST - 30);
        const done = started < day(2025, 1, 1) ? rng.pick(["COMPLETED", "CERTIFIED", "COMPLETED", "ENDED"]) : rng.chance(0.2) ? "COMPLETED" : "ONGOING";
        const outcomeOn = done === "ONGOING" ? null : Math.min(started + rng.int(240, 720), LAST);
        mentorships.push({
          id: rng.uuid(),
          org_id: hostId,
          studio_id: id,
          mentor_member_id: mentor.id,
          apprentice_member_id: a.id,
          started_on: iso(started),
          outcome: done,
          outcome_on: outcomeOn === null ? null : iso(outcomeOn),
          outcome_note: done === "CERTIFIED" ? rng.pick(["取得高级工证书", "取得技师证书", "取得中级工证书"]) : done === "ENDED" ? "徒弟调离岗位" : null,
        });
      }
    }
  }

  // ---- activity records (工作台账) ----
  const types = new Map((await client.query<{ id: number; code: string }>("SELECT id, code FROM activity_type")).rows.map((r) => [r.code, r.id]));
  const activities = new Cols();
  const addActivity = (type: string, org: OrgRow, on: number, place: string | null, participants: number, amount: number | null, description: string) =>
    activities.push({ id: rng.uuid(), org_id: org.id, type_id: types.get(type)!, held_on: iso(on), place, participants, amount_spent: amount === null ? null : yuan(amount), description });
  for (const c of counties) {
    const town = () => c.towns[rng.int(0, c.towns.length - 1)];
    const townShort = (t: OrgRow) => t.name.replace(/总工会$/, "");
    for (const year of YEARS) {
      // 双进 lectures: 大丰 plans 15 county-level and 30 town-level a year; 建湖 10+.
      const county = c.short === "大丰" ? 15 : c === jianhu ? 12 : rng.int(3, 6);
      const towns = c.short === "大丰" ? 30 : c === jianhu ? 14 : rng.int(4, 8);
      for (let i = 0; i < county + towns; i++) {
        const atCounty = i < county;
        const org = atCounty ? c.org : town();
        const school = rng.chance(0.5);
        addActivity(
          "LECTURE",
          org,
          dayIn(rng, year, 3, 12),
          school ? `${c.short}${rng.pick(["实验小学", "第一中学", "中等专业学校", "高级中学"])}` : `${rng.pick(c.unions).name.replace(/工会委员会$/, "")}会议室`,
          rng.int(40, 400),
          rng.int(0, 3) * 500 || null,
          school ? "劳模工匠进校园：劳模讲述成长经历，弘扬劳模精神、劳动精神、工匠精神" : "思政课教师进企业：宣讲党的创新理论和惠企惠工政策",
        );
      }
      // 送清凉 in the summer months, mostly by the towns.
      for (let i = 0; i < (c === jianhu ? 16 : rng.int(5, 10)); i++) {
        const org = i === 0 ? c.org : town();
        addActivity("SUMMER_COOLING", org, dayIn(rng, year, 6, 8), `${org === c.org ? c.short : townShort(org)}重点工程项目工地`, rng.int(80, 1200), rng.int(20, 300) * 100, "高温慰问一线职工和户外劳动者，送去防暑降温用品");
      }
      // Legal aid and dispute mediation cases.
      for (let i = 0; i < (c === jianhu ? 40 : rng.int(8, 18)); i++) {
        addActivity("LEGAL_AID", rng.chance(0.4) ? c.org : town(), dayIn(rng, year), `${c.short}职工法律援助工作站`, rng.int(1, 12), null, rng.pick(["欠薪纠纷调解，帮助职工追回工资", "工伤认定法律咨询与代理", "劳动合同解除纠纷调解", "社保缴纳争议协调"]));
      }
      // Job fairs: 丹徒 15 a year.
      for (let i = 0; i < (c.short === "丹徒" ? 15 : rng.int(3, 6)); i++) {
        const jobs = rng.int(80, 400);
        addActivity("JOB_FAIR", c.org, dayIn(rng, year), `${c.short}人力资源市场`, rng.int(300, 2000), rng.int(10, 60) * 100, `“春风行动”等专场招聘会，参会企业 ${rng.int(20, 80)} 家，提供岗位 ${jobs} 个`);
      }
      // Recuperation and health-check organisation, culture.
      addActivity("RECUPERATION", c.org, dayIn(rng, year, 4, 10), rng.pick(["无锡太湖疗休养基地", "大丰荷兰花海", "九龙口风景区"]), c === jianhu ? 736 : rng.int(40, 120), (c === jianhu ? 736 : 80) * 2400, "组织劳模和一线职工疗休养");
      addActivity("HEALTH_CHECK", c.org, dayIn(rng, year, 3, 9), `${c.short}人民医院体检中心`, c === jianhu ? 860 : rng.int(40, 150), (c === jianhu ? 860 : 90) * 800, "劳模免费健康体检");
      for (let i = 0; i < rng.int(2, 5); i++) addActivity("CULTURE", town(), dayIn(rng, year), `${c.short}职工文化中心`, rng.int(50, 600), rng.int(5, 80) * 100, rng.pick(["职工趣味运动会", "“劳动创造幸福”职工书画展", "职工读书分享会", "青年职工联谊活动"]));
    }
    // Service-station openings: 滨海 76 outdoor-worker stations over the two years.
    const stations = c.short === "滨海" ? 76 : c === jianhu ? 24 : rng.int(3, 8);
    for (let i = 0; i < stations; i++) {
      const t = town();
      const year = i < stations / 2 ? 2025 : 2026;
      addActivity("SERVICE_STATION", t, dayIn(rng, year), `${townShort(t)}${rng.pick(["便民服务中心", "加油站", "银行网点", "社区服务中心"])}`, rng.int(10, 60), rng.int(20, 80) * 100, "户外劳动者服务站（爱心驿站）揭牌启用，提供歇脚、饮水、充电、应急药品");
    }
  }

  // ---- service points members will see for their union ----
  const points = new Cols();
  const POINT_KINDS: [string, string, string, (c: County) => number][] = [
    ["OUTDOOR_STATION", "户外劳动者服务站", "08:00-20:00", (c) => (c.short === "滨海" ? 76 : c === jianhu ? 30 : rng.int(5, 12))],
    ["DRIVERS_HOME", "司机之家", "全天开放", (c) => (c === jianhu ? 3 : rng.int(1, 2))],
    ["READING_ROOM", "职工书屋", "09:00-17:00", (c) => (c === jianhu ? 18 : rng.int(4, 8))],
    ["NURSING_ROOM", "爱心母婴室", "08:30-17:30", (c) => (c === jianhu ? 15 : rng.int(3, 6))],
    ["WORKERS_HOME", "职工之家", "09:00-17:00", (c) => (c === jianhu ? 12 : rng.int(3, 6))],
  ];
  for (const c of counties) {
    for (const [kind, label, hours, count] of POINT_KINDS) {
      const n = count(c);
      for (let i = 0; i < n; i++) {
        const inUnion = kind === "READING_ROOM" || kind === "NURSING_ROOM" || kind === "WORKERS_HOME";
        const org = inUnion ? c.unions[(i * 13 + kind.length) % c.unions.length] : c.towns[i % c.towns.length];
        const where = inUnion ? org.name.replace(/工会委员会$/, "") : org.name.replace(/总工会$/, "");
        points.push({
          id: rng.uuid(),
          org_id: org.id,
          name: kind === "OUTDOOR_STATION" ? `${where}爱心驿站${i >= c.towns.length ? `（${Math.floor(i / c.towns.length) + 1}号）` : ""}` : `${where}${label}`,
          kind,
          address: org.address ?? `${c.org.name.replace("总工会", "")}${where}`,
          open_hours: hours,
          phone: org.contactPhone,
        });
      }
    }
  }

  await insertAll(client, { honours, services, studios, studioMembers, achievements, mentorships, activities, points });
  ctx.log(
    `records: ${honours.size} honours, ${services.size} model-worker services, ${studios.size} studios (${mentorships.size} mentoring pairs, ${achievements.size} achievements), ${activities.size} activity records, ${points.size} service points`,
  );
}

/** The demo counties with their towns, enterprise unions and a pool of members (in id order). */
async function loadCounties(client: Client, ctx: DemoContext): Promise<County[]> {
  const orgs = ctx.tree.orgs;
  const counties = orgs.filter((o) => o.level === "COUNTY");
  const ids = counties.map((c) => c.id);
  // Enough people per county for its honours, studios and apprentices; 建湖 and 丹徒 need the most.
  const pool = await client.query<{ id: string; name: string; org_id: number; county: number }>(
    `SELECT id, name, org_id, county FROM (
       SELECT m.id, m.name, m.org_id, o.ancestor_ids[3] AS county,
              row_number() OVER (PARTITION BY o.ancestor_ids[3] ORDER BY m.id) AS rn
       FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.level = 'GRASSROOTS' AND o.kind = 'INDEPENDENT' AND m.status = 'ACTIVE' AND m.id <> $1
         AND o.ancestor_ids[3] = ANY($2::int[])
     ) t WHERE rn <= CASE WHEN county = $3 THEN 1400 ELSE 700 END ORDER BY county, id`,
    [ctx.demoMemberId, ids, ctx.tree.byName.get("建湖县总工会")!.id],
  );
  const byCounty = new Map<number, Person[]>();
  for (const r of pool.rows) (byCounty.get(r.county) ?? byCounty.set(r.county, []).get(r.county)!).push({ id: r.id, name: r.name, orgId: r.org_id });
  return counties.map((org) => {
    const spec = COUNTIES.find((s) => s.name === org.name);
    const city = CITIES.find((x) => x.code === spec?.city);
    return {
      org,
      short: org.name.replace(/(县|区|市)总工会$/, ""),
      full: org.name.replace(/总工会$/, ""),
      city: city?.short ?? "",
      towns: orgs.filter((o) => o.parentId === org.id && o.level === "TOWN"),
      // Enterprise unions (not schools or hospitals) host studios, teams and reading rooms.
      unions: orgs.filter((o) => o.level === "GRASSROOTS" && o.kind === "INDEPENDENT" && o.name.includes("公司") && o.ancestorIds[2] === org.id),
      pool: byCounty.get(org.id) ?? [],
      next: 0,
    };
  });
}

async function insertAll(client: Client, t: Record<string, Cols>) {
  const col = (cols: Cols, name: string, type: string, expr?: (v: string) => string) => ({ name, type, values: cols.c[name] ?? [], expr });
  const { honours, services, studios, studioMembers, achievements, mentorships, activities, points } = t;
  await bulkInsert(client, "honour", [
    col(honours, "id", "uuid"),
    col(honours, "org_id", "int"),
    col(honours, "member_id", "uuid"),
    col(honours, "team_name", "text"),
    col(honours, "title", '"HonourTitle"'),
    col(honours, "title_text", "text"),
    col(honours, "level", '"HonourLevel"'),
    col(honours, "year", "int"),
    col(honours, "awarding_body", "text"),
    col(honours, "award_amount", "numeric"),
    col(honours, "status", '"HonourStatus"'),
  ]);
  await bulkInsert(client, "model_worker_service", [
    col(services, "id", "uuid"),
    col(services, "org_id", "int"),
    col(services, "member_id", "uuid"),
    col(services, "year", "int"),
    col(services, "kind", '"ModelWorkerServiceKind"'),
    col(services, "served_on", "date"),
    col(services, "amount", "numeric"),
    col(services, "notes", "text"),
  ]);
  await bulkInsert(client, "studio", [
    col(studios, "id", "uuid"),
    col(studios, "org_id", "int"),
    col(studios, "name", "text"),
    col(studios, "kind", '"StudioKind"'),
    col(studios, "level", '"HonourLevel"'),
    col(studios, "lead_member_id", "uuid"),
    col(studios, "founded_on", "date"),
    col(studios, "status", '"StudioStatus"'),
    col(studios, "status_on", "date"),
    col(studios, "description", "text"),
  ]);
  await bulkInsert(
    client,
    "studio_member",
    [col(studioMembers, "studio_id", "uuid"), col(studioMembers, "member_id", "uuid"), col(studioMembers, "role", "text"), col(studioMembers, "joined_on", "date")],
    { stamps: [] },
  );
  await bulkInsert(
    client,
    "studio_achievement",
    [
      col(achievements, "id", "uuid"),
      col(achievements, "studio_id", "uuid"),
      col(achievements, "kind", '"AchievementKind"'),
      col(achievements, "title", "text"),
      col(achievements, "achieved_on", "date"),
      col(achievements, "benefit", "numeric"),
      col(achievements, "patent_no", "text"),
      col(achievements, "description", "text"),
    ],
    { stamps: ["created_at"] },
  );
  await bulkInsert(client, "mentorship", [
    col(mentorships, "id", "uuid"),
    col(mentorships, "org_id", "int"),
    col(mentorships, "studio_id", "uuid"),
    col(mentorships, "mentor_member_id", "uuid"),
    col(mentorships, "apprentice_member_id", "uuid"),
    col(mentorships, "started_on", "date"),
    col(mentorships, "outcome", '"MentorshipOutcome"'),
    col(mentorships, "outcome_on", "date"),
    col(mentorships, "outcome_note", "text"),
  ]);
  await bulkInsert(client, "activity_record", [
    col(activities, "id", "uuid"),
    col(activities, "org_id", "int"),
    col(activities, "type_id", "int"),
    col(activities, "held_on", "date"),
    col(activities, "place", "text"),
    col(activities, "participants", "int"),
    col(activities, "amount_spent", "numeric"),
    col(activities, "description", "text"),
  ]);
  await bulkInsert(client, "service_point", [
    col(points, "id", "uuid"),
    col(points, "org_id", "int"),
    col(points, "name", "text"),
    col(points, "kind", '"ServicePointKind"'),
    col(points, "address", "text"),
    col(points, "open_hours", "text"),
    col(points, "phone", "text"),
  ]);
}
