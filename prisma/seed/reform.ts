// Demo 产改 plans (issue #9), from the seeds in ../shared/seeds and DOMAIN.md:
// - 建湖县: the 五强化五着力 areas; a register of 4 lead and 10 responsible
//   units; 24 pilot units (20 enterprises of the register, 4 industries); the
//   2021 实施方案 (nine reform items, all completed) and the 2026 工作要点 with
//   progress reported over the year — some tasks complete, some late, one
//   counted from the dashboard's 培训人次 — and a joint meeting with decisions;
// - 泗阳县: the 五大工程 plan, 50 projects in 5 areas;
// - 盱眙县: the 四大工程 plan (思想引领, 素质提升, 权益维护, 支撑保障).
// Two partner-unit accounts: jianhu.rsj (建湖县人社局) and jianhu.jyj (建湖县教育局).
// The data reads as of the demo's "today", 2026-11-01: no report is dated later.
// A few hundred rows in a handful of set-based inserts, with its own generator
// so that the other loaders' random streams are untouched.
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import { Rng } from "./random";
import type { DemoContext } from "./context";

const SEED = 20_260_909;

type UnitSpec = { name: string; kind: "PARTY" | "GOVERNMENT" | "UNION"; linked?: string; contact: string; phone: string };

const JIANHU_UNITS: UnitSpec[] = [
  // 4 lead units
  { name: "建湖县委组织部", kind: "PARTY", contact: "陈立新", phone: "0515-86222101" },
  { name: "建湖县委宣传部", kind: "PARTY", contact: "顾文娟", phone: "0515-86222135" },
  { name: "建湖县人社局", kind: "GOVERNMENT", contact: "王志刚", phone: "0515-86281020" },
  { name: "建湖县总工会", kind: "UNION", linked: "建湖县总工会", contact: "朱海燕", phone: "0515-86201188" },
  // 10 responsible units
  { name: "建湖县教育局", kind: "GOVERNMENT", contact: "李春梅", phone: "0515-86212366" },
  { name: "建湖县工信局", kind: "GOVERNMENT", contact: "徐建国", phone: "0515-86203215" },
  { name: "建湖县科技局", kind: "GOVERNMENT", contact: "周海波", phone: "0515-86204417" },
  { name: "建湖县财政局", kind: "GOVERNMENT", contact: "吴晓燕", phone: "0515-86205520" },
  { name: "建湖县发改委", kind: "GOVERNMENT", contact: "孙明", phone: "0515-86206618" },
  { name: "建湖县司法局", kind: "GOVERNMENT", contact: "张丽华", phone: "0515-86207731" },
  { name: "建湖县住建局", kind: "GOVERNMENT", contact: "刘洪涛", phone: "0515-86208842" },
  { name: "建湖县市场监管局", kind: "GOVERNMENT", contact: "赵静", phone: "0515-86209953" },
  { name: "建湖县国资办", kind: "GOVERNMENT", contact: "钱伟", phone: "0515-86210064" },
  { name: "上冈镇总工会", kind: "UNION", linked: "上冈镇总工会", contact: "周晓明", phone: "0515-86561020" },
];
const JIANHU_AREAS = ["强化思想政治引领", "强化技能素质提升", "强化权益维护服务", "强化服务保障支撑", "强化基层组织建设"];
const PILOT_INDUSTRIES = ["石油装备制造业", "节能电光源行业", "汽车零部件行业", "新能源装备行业"];

/** [area index, title, lead unit, responsible units, target] */
type TaskSpec = [number, string, string, string[], string];
const JIANHU_2021: TaskSpec[] = [
  [0, "建立产业工人思想政治教育长效机制", "建湖县委宣传部", ["建湖县总工会", "建湖县教育局"], "每季度开展一次主题宣讲"],
  [0, "推进非公企业党建带工建", "建湖县委组织部", ["建湖县总工会", "建湖县工信局"], "规上企业党组织覆盖率100%"],
  [1, "构建产业工人技能形成体系", "建湖县人社局", ["建湖县教育局", "建湖县财政局"], "新增技能人才3000人"],
  [1, "深化劳动和技能竞赛", "建湖县总工会", ["建湖县人社局", "建湖县工信局"], "县级竞赛不少于10项"],
  [1, "推进产教融合校企合作", "建湖县人社局", ["建湖县教育局", "建湖县科技局"], "校企合作订单班10个"],
  [2, "健全工资集体协商制度", "建湖县总工会", ["建湖县人社局", "建湖县司法局"], "签订行业区域性工资协议13份"],
  [2, "维护新就业形态劳动者权益", "建湖县总工会", ["建湖县人社局", "建湖县市场监管局"], "建成司机之家5个"],
  [3, "完善产业人才激励政策", "建湖县人社局", ["建湖县财政局", "建湖县发改委"], "发放人才生活补贴"],
  [4, "提高产业工人在群团组织中的比例", "建湖县委组织部", ["建湖县总工会"], "产业工人代表比例不低于20%"],
];
const JIANHU_2026: TaskSpec[] = [
  [0, "开展“产业工人心向党”主题宣讲", "建湖县委宣传部", ["建湖县总工会", "建湖县教育局"], "宣讲进企业100场"],
  [0, "选树宣传“建湖工匠”", "建湖县总工会", ["建湖县委宣传部", "建湖县人社局"], "评选建湖工匠20名"],
  [0, "配强专职党建工作指导员", "建湖县委组织部", ["建湖县国资办"], "公开招聘专职指导员10名"],
  [1, "职业技能培训", "建湖县人社局", ["建湖县总工会", "建湖县教育局"], "职业技能培训3,000人次"],
  [1, "推进职工学历与能力提升行动", "建湖县教育局", ["建湖县总工会", "建湖县财政局"], "资助职工学历提升300人"],
  [1, "举办全县职业技能大赛", "建湖县人社局", ["建湖县总工会", "建湖县工信局"], "赛项不少于12个"],
  [1, "建设劳模和工匠人才创新工作室", "建湖县总工会", ["建湖县科技局", "建湖县工信局"], "新建县级创新工作室8个"],
  [2, "深化工资集体协商", "建湖县总工会", ["建湖县人社局", "上冈镇总工会"], "行业性区域性工资协议覆盖企业300家"],
  [2, "新就业形态劳动者入会和服务", "建湖县总工会", ["建湖县人社局", "建湖县市场监管局"], "新就业形态劳动者入会2000人"],
  [2, "劳动争议多元化解", "建湖县司法局", ["建湖县人社局", "建湖县总工会"], "调解成功率90%以上"],
  [3, "落实产业人才生活补贴和个税奖补", "建湖县人社局", ["建湖县财政局"], "兑现补贴不少于40万元"],
  [3, "产业工人住房保障", "建湖县住建局", ["建湖县人社局", "建湖县财政局"], "筹集保障性租赁住房200套"],
  [3, "技能人才与工程技术人才职业发展贯通", "建湖县人社局", ["建湖县教育局", "建湖县科技局"], "贯通评价试点企业10家"],
  [4, "规上企业建会和职代会建制", "建湖县总工会", ["建湖县工信局", "上冈镇总工会"], "规上企业建会率95%"],
  [4, "产业工人在党代表人大代表政协委员中的比例", "建湖县委组织部", ["建湖县总工会"], "比例较上届提高"],
  [4, "企业民主管理评星定级", "建湖县总工会", ["建湖县国资办", "建湖县工信局"], "评定星级企业50家"],
];

const SIYANG_AREAS = ["思政引领“铸魂工程”", "高质量发展“助力工程”", "基层基础“规范工程”", "权益保障“提升工程”", "经济发展“有为工程”"];
const SIYANG_UNITS: UnitSpec[] = [
  { name: "泗阳县总工会", kind: "UNION", linked: "泗阳县总工会", contact: "许文涛", phone: "0527-85212001" },
  { name: "泗阳县委宣传部", kind: "PARTY", contact: "杨帆", phone: "0527-85220102" },
  { name: "泗阳县人社局", kind: "GOVERNMENT", contact: "黄志强", phone: "0527-85231103" },
  { name: "泗阳县教育局", kind: "GOVERNMENT", contact: "马丽", phone: "0527-85242204" },
  { name: "泗阳县工信局", kind: "GOVERNMENT", contact: "朱军", phone: "0527-85253305" },
  { name: "泗阳县财政局", kind: "GOVERNMENT", contact: "胡燕", phone: "0527-85264406" },
];
const SIYANG_TOPICS = [
  ["职工思想政治宣讲", "劳模工匠进企业宣讲", "职工书屋建设", "网上工会宣传阵地", "职工文化活动", "主题劳动竞赛宣传", "最美职工评选", "企业文化建设指导", "青年职工思想引领", "职工法治宣传"],
  ["技能人才培养", "创新工作室建设", "职工技术创新成果评选", "技能大赛", "师带徒结对", "产业工人学历提升", "职工创新补助", "校企合作", "首席技师选树", "技能等级认定"],
  ["基层工会规范化建设", "工会经费收缴", "会员实名制", "职工之家建设", "工会干部培训", "基层工会换届", "联合工会建设", "村社区工会建设", "工会财务审计", "工会数字化平台"],
  ["困难职工帮扶", "职工医疗互助", "工资集体协商", "劳动法律监督", "送清凉", "金秋助学", "职工疗休养", "新就业形态权益保障", "女职工特殊保护", "劳动争议调解"],
  ["助企纾困", "劳模工匠助企行", "职工合理化建议", "节能降耗竞赛", "重点项目劳动竞赛", "招聘会", "职工创业扶持", "安康杯竞赛", "工匠学院建设", "产业链工会建设"],
];
const XUYI_AREAS = ["思想引领", "素质提升", "权益维护", "支撑保障"];
const XUYI_UNITS: UnitSpec[] = [
  { name: "盱眙县总工会", kind: "UNION", linked: "盱眙县总工会", contact: "卢克余", phone: "0517-88221001" },
  { name: "盱眙县人社局", kind: "GOVERNMENT", contact: "周梦月", phone: "0517-88232002" },
  { name: "盱眙县教育局", kind: "GOVERNMENT", contact: "韩磊", phone: "0517-88243003" },
];
const XUYI_TASKS: TaskSpec[] = [
  [0, "“一条心”产改宣讲进园区", "盱眙县总工会", ["盱眙县教育局"], "宣讲50场"],
  [0, "选树“盱眙工匠”", "盱眙县总工会", ["盱眙县人社局"], "评选10名"],
  [1, "职工技能提升培训", "盱眙县人社局", ["盱眙县总工会"], "培训2000人次"],
  [1, "劳动和技能竞赛", "盱眙县总工会", ["盱眙县人社局"], "县级竞赛8项"],
  [2, "区域性行业性集体协商", "盱眙县总工会", ["盱眙县人社局"], "覆盖企业265家"],
  [2, "新就业形态劳动者服务站点", "盱眙县总工会", [], "建成站点10个"],
  [3, "产业工人服务阵地建设", "盱眙县总工会", ["盱眙县教育局"], "新建职工之家5个"],
  [3, "产改联席会议制度", "盱眙县总工会", ["盱眙县人社局", "盱眙县教育局"], "每半年召开一次"],
];

const MILESTONES = [
  ["03-31", 25],
  ["06-30", 50],
  ["09-30", 75],
] as const;

/** Progress pattern by task index: the percents reported (by quarter) and whether completion was confirmed. */
const PATTERNS: { reports: [string, number][]; completedOn?: string }[] = [
  { reports: [["03-20", 30], ["06-18", 65], ["09-12", 100]], completedOn: "09-25" }, // done early
  { reports: [["03-28", 25], ["06-25", 50], ["09-26", 80]] }, // on track
  { reports: [["03-30", 20], ["06-28", 35]] }, // late: stuck since June
  { reports: [["03-15", 30], ["06-20", 55], ["09-28", 78], ["10-20", 85]] }, // on track
  { reports: [] }, // late: never reported
  { reports: [["03-25", 25], ["06-29", 50], ["09-29", 75]] }, // exactly on track
];

const REPORT_TEXT = [
  "已召开专题推进会，制定工作方案，明确责任分工和时间节点。",
  "按计划推进，已完成阶段性任务，相关台账资料已整理归档。",
  "组织开展集中活动，覆盖重点企业，职工反响良好。",
  "已完成年度主要指标，正在总结经验做法，准备验收材料。",
];

type Plan = { id: string; orgId: number; year: number; title: string; areas: string[]; units: Map<string, number>; tasks: TaskSpec[]; pattern: (i: number) => (typeof PATTERNS)[number] };

export async function loadReformDemo(client: Client, ctx: DemoContext): Promise<void> {
  const rng = new Rng(SEED);
  const org = (name: string) => {
    const o = ctx.tree.byName.get(name);
    if (!o) throw new Error(`reform demo: organisation not found: ${name}`);
    return o.id;
  };

  // Units registers.
  const unitRows: (UnitSpec & { orgId: number })[] = [
    ...JIANHU_UNITS.map((u) => ({ ...u, orgId: org("建湖县总工会") })),
    ...SIYANG_UNITS.map((u) => ({ ...u, orgId: org("泗阳县总工会") })),
    ...XUYI_UNITS.map((u) => ({ ...u, orgId: org("盱眙县总工会") })),
  ];
  const unitIds = unitRows.map((_, i) => i + 1);
  await bulkInsert(client, "reform_unit", [
    { name: "id", type: "int", values: unitIds },
    { name: "org_id", type: "int", values: unitRows.map((u) => u.orgId) },
    { name: "name", type: "text", values: unitRows.map((u) => u.name) },
    { name: "kind", type: '"ReformUnitKind"', values: unitRows.map((u) => u.kind) },
    { name: "linked_org_id", type: "int", values: unitRows.map((u) => (u.linked ? org(u.linked) : null)) },
    { name: "contact_name", type: "text", values: unitRows.map((u) => u.contact) },
    { name: "contact_phone", type: "text", values: unitRows.map((u) => u.phone) },
  ]);
  await client.query(`SELECT setval(pg_get_serial_sequence('reform_unit', 'id'), max(id)) FROM reform_unit`);
  const unitsOf = (orgId: number) => new Map(unitRows.flatMap((u, i) => (u.orgId === orgId ? [[u.name, unitIds[i]] as const] : [])));

  const siyangTasks: TaskSpec[] = SIYANG_TOPICS.flatMap((topics, a) =>
    topics.map((t, k): TaskSpec => [a, t, k % 3 === 0 ? SIYANG_UNITS[2 + (a % 4)].name : "泗阳县总工会", k % 3 === 0 ? ["泗阳县总工会"] : [SIYANG_UNITS[1 + ((a + k) % 5)].name], `完成年度${t}目标`]),
  );
  const plans: Plan[] = [
    { id: rng.uuid(), orgId: org("建湖县总工会"), year: 2021, title: "建湖县新时代产业工人队伍建设改革实施方案", areas: JIANHU_AREAS, units: unitsOf(org("建湖县总工会")), tasks: JIANHU_2021, pattern: () => PATTERNS[0] },
    { id: rng.uuid(), orgId: org("建湖县总工会"), year: 2026, title: "2026年建湖县产业工人队伍建设改革工作要点", areas: JIANHU_AREAS, units: unitsOf(org("建湖县总工会")), tasks: JIANHU_2026, pattern: (i) => PATTERNS[i % PATTERNS.length] },
    { id: rng.uuid(), orgId: org("泗阳县总工会"), year: 2026, title: "泗阳县2026年产改“五大工程”重点实施项目清单", areas: SIYANG_AREAS, units: unitsOf(org("泗阳县总工会")), tasks: siyangTasks, pattern: (i) => PATTERNS[(i * 7) % PATTERNS.length] },
    { id: rng.uuid(), orgId: org("盱眙县总工会"), year: 2026, title: "盱眙县2026年产改“四大工程”推进计划", areas: XUYI_AREAS, units: unitsOf(org("盱眙县总工会")), tasks: XUYI_TASKS, pattern: (i) => PATTERNS[(i + 1) % PATTERNS.length] },
  ];
  await bulkInsert(client, "reform_plan", [
    { name: "id", type: "uuid", values: plans.map((p) => p.id) },
    { name: "org_id", type: "int", values: plans.map((p) => p.orgId) },
    { name: "year", type: "int", values: plans.map((p) => p.year) },
    { name: "title", type: "text", values: plans.map((p) => p.title) },
  ]);

  const areas = plans.flatMap((p) => p.areas.map((name, i) => ({ planId: p.id, name, sort: i + 1 })));
  const areaIds = areas.map((_, i) => i + 1);
  await bulkInsert(
    client,
    "reform_area",
    [
      { name: "id", type: "int", values: areaIds },
      { name: "plan_id", type: "uuid", values: areas.map((a) => a.planId) },
      { name: "sort", type: "int", values: areas.map((a) => a.sort) },
      { name: "name", type: "text", values: areas.map((a) => a.name) },
    ],
    { stamps: [] },
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('reform_area', 'id'), max(id)) FROM reform_area`);
  const areaId = (planId: string, index: number) => areaIds[areas.findIndex((a) => a.planId === planId && a.sort === index + 1)];

  const tasks: { id: string; planId: string; areaId: number; number: number; title: string; lead: number; deadline: string; target: string; percent: number; lastReportOn: string | null; completedOn: string | null; indicatorKey: string | null; indicatorTarget: string | null }[] = [];
  const taskUnits: { taskId: string; unitId: number }[] = [];
  const milestones: { taskId: string; dueOn: string; percent: number }[] = [];
  const reports: { id: string; taskId: string; unitId: number; on: string; content: string; percent: number | null; by: string }[] = [];
  const events: { taskId: string; on: string; by: string }[] = [];
  const staff = ctx.userIds["jianhu.staff"];
  for (const p of plans) {
    p.tasks.forEach(([area, title, lead, responsible], i) => {
      const id = rng.uuid();
      const pattern = p.pattern(i);
      const linked = p.year === 2026 && title === "职业技能培训";
      const leadId = p.units.get(lead)!;
      const deadline = p.year === 2021 ? "2021-12-31" : i % 5 === 4 ? "2026-11-06" : "2026-12-31";
      const own = linked ? [] : pattern.reports.map(([d, pct], k) => ({ id: rng.uuid(), taskId: id, unitId: leadId, on: `${p.year}-${d}`, content: REPORT_TEXT[Math.min(k, REPORT_TEXT.length - 1)], percent: pct, by: `${lead}联络员` }));
      if (linked) reports.push({ id: rng.uuid(), taskId: id, unitId: leadId, on: "2026-07-10", content: "上半年组织各类职业技能培训，培训人次由平台按技能培训台账自动统计。", percent: null, by: `${lead}联络员` });
      reports.push(...own);
      const last = own.at(-1);
      const completedOn = pattern.completedOn && !linked ? `${p.year}-${pattern.completedOn}` : null;
      tasks.push({
        id,
        planId: p.id,
        areaId: areaId(p.id, area),
        number: i + 1,
        title,
        lead: leadId,
        deadline,
        target: p.tasks[i][4],
        percent: last?.percent ?? 0,
        lastReportOn: linked ? "2026-07-10" : (last?.on ?? null),
        completedOn,
        indicatorKey: linked ? "trainees" : null,
        indicatorTarget: linked ? "3000" : null,
      });
      for (const r of responsible) if (r !== lead) taskUnits.push({ taskId: id, unitId: p.units.get(r)! });
      for (const [md, pct] of MILESTONES) if (`${p.year}-${md}` <= deadline) milestones.push({ taskId: id, dueOn: `${p.year}-${md}`, percent: pct });
      if (completedOn) events.push({ taskId: id, on: completedOn, by: staff });
    });
  }
  await bulkInsert(client, "reform_task", [
    { name: "id", type: "uuid", values: tasks.map((t) => t.id) },
    { name: "plan_id", type: "uuid", values: tasks.map((t) => t.planId) },
    { name: "area_id", type: "int", values: tasks.map((t) => t.areaId) },
    { name: "number", type: "int", values: tasks.map((t) => t.number) },
    { name: "title", type: "text", values: tasks.map((t) => t.title) },
    { name: "lead_unit_id", type: "int", values: tasks.map((t) => t.lead) },
    { name: "deadline", type: "date", values: tasks.map((t) => t.deadline) },
    { name: "target", type: "text", values: tasks.map((t) => t.target) },
    { name: "percent", type: "int", values: tasks.map((t) => t.percent) },
    { name: "last_report_on", type: "date", values: tasks.map((t) => t.lastReportOn) },
    { name: "completed_on", type: "date", values: tasks.map((t) => t.completedOn) },
    { name: "completed_by_id", type: "uuid", values: tasks.map((t) => (t.completedOn ? staff : null)) },
    { name: "indicator_key", type: "text", values: tasks.map((t) => t.indicatorKey) },
    { name: "indicator_target", type: "numeric", values: tasks.map((t) => t.indicatorTarget) },
  ]);
  await bulkInsert(client, "reform_task_unit", [
    { name: "task_id", type: "uuid", values: taskUnits.map((t) => t.taskId) },
    { name: "unit_id", type: "int", values: taskUnits.map((t) => t.unitId) },
  ], { stamps: [] });
  await bulkInsert(client, "reform_milestone", [
    { name: "task_id", type: "uuid", values: milestones.map((m) => m.taskId) },
    { name: "due_on", type: "date", values: milestones.map((m) => m.dueOn) },
    { name: "percent", type: "int", values: milestones.map((m) => m.percent) },
  ], { stamps: [] });
  await bulkInsert(client, "reform_report", [
    { name: "id", type: "uuid", values: reports.map((r) => r.id) },
    { name: "task_id", type: "uuid", values: reports.map((r) => r.taskId) },
    { name: "unit_id", type: "int", values: reports.map((r) => r.unitId) },
    { name: "reported_on", type: "date", values: reports.map((r) => r.on) },
    { name: "content", type: "text", values: reports.map((r) => r.content) },
    { name: "percent", type: "int", values: reports.map((r) => r.percent) },
    { name: "created_by_name", type: "text", values: reports.map((r) => r.by) },
  ], { stamps: ["created_at"] });
  await bulkInsert(client, "reform_task_event", [
    { name: "task_id", type: "uuid", values: events.map((e) => e.taskId) },
    { name: "action", type: "text", values: events.map(() => "COMPLETE") },
    { name: "on", type: "date", values: events.map((e) => e.on) },
    { name: "created_by_id", type: "uuid", values: events.map((e) => e.by) },
  ], { stamps: ["created_at"] });

  // 24 pilot units of 建湖县: 20 enterprises of the register and 4 industries, on the 2026 tasks.
  const jianhu2026 = tasks.filter((t) => t.planId === plans[1].id);
  const { rows: firms } = await client.query<{ id: string }>(
    `SELECT e.id FROM enterprise e JOIN organisation o ON o.id = e.area_org_id WHERE o.ancestor_ids @> ARRAY[$1::int] ORDER BY e.worker_count DESC, e.id LIMIT 20`,
    [org("建湖县总工会")],
  );
  const pilots = [
    ...firms.map((f, i) => ({ taskId: jianhu2026[(i * 3) % jianhu2026.length].id, enterpriseId: f.id as string | null, industry: null as string | null })),
    ...PILOT_INDUSTRIES.map((industry, i) => ({ taskId: jianhu2026[(i * 4 + 1) % jianhu2026.length].id, enterpriseId: null, industry })),
  ];
  await bulkInsert(client, "reform_task_pilot", [
    { name: "task_id", type: "uuid", values: pilots.map((p) => p.taskId) },
    { name: "enterprise_id", type: "uuid", values: pilots.map((p) => p.enterpriseId) },
    { name: "industry", type: "text", values: pilots.map((p) => p.industry) },
  ], { stamps: [] });

  // The 2026 joint meeting of 建湖县 and its decisions (督办事项).
  const jh = plans[1].units;
  const meetingId = rng.uuid();
  await client.query(
    `INSERT INTO reform_meeting (id, plan_id, held_on, title, attendee_unit_ids, minutes, created_by_id) VALUES ($1, $2, '2026-03-12', $3, $4::int[], $5, $6)`,
    [meetingId, plans[1].id, "2026年建湖县产业工人队伍建设改革联席会议第一次会议", [...jh.values()].slice(0, 14), "会议通报了2025年产改工作情况，审议2026年工作要点和重点实施项目清单，明确各牵头单位、责任单位任务分工。", staff],
  );
  const decisions: [string, string, string, string | null][] = [
    ["各牵头单位于3月底前报送年度任务推进计划", "建湖县人社局", "2026-03-31", "2026-03-28"],
    ["县财政局落实产改专项经费", "建湖县财政局", "2026-06-30", null],
    ["县教育局牵头制定职工学历提升资助办法", "建湖县教育局", "2026-12-15", null],
    ["县总工会每季度通报任务进展", "建湖县总工会", "2026-12-31", null],
  ];
  for (const [content, unit, due, done] of decisions) {
    await client.query(`INSERT INTO reform_decision (meeting_id, content, owner_unit_id, due_on, done_on) VALUES ($1, $2, $3, $4, $5)`, [meetingId, content, jh.get(unit), due, done]);
  }

  // Partner-unit accounts.
  const partners: [string, string, string][] = [
    ["jianhu.rsj", "王志刚（县人社局）", "建湖县人社局"],
    ["jianhu.jyj", "李春梅（县教育局）", "建湖县教育局"],
  ];
  for (const [username, displayName, unit] of partners) {
    await client.query(
      `INSERT INTO app_user (id, username, display_name, password_hash, role, org_id, partner_unit_id, updated_at) VALUES ($1, $2, $3, $4, 'PARTNER', $5, $6, now())`,
      [rng.uuid(), username, displayName, ctx.passwordHash, org("建湖县总工会"), jh.get(unit)],
    );
  }
  ctx.log(`reform: ${plans.length} plans, ${tasks.length} tasks, ${reports.length} reports`);
}

/** The partner-unit demo accounts (listed with the others when the portal starts). */
export const REFORM_DEMO_ACCOUNTS = [
  { username: "jianhu.rsj", role: "PARTNER", org: "建湖县人社局（建湖县总工会的协同单位）", note: "协同单位账号：只见本单位牵头或参与的产改任务并填报进展" },
  { username: "jianhu.jyj", role: "PARTNER", org: "建湖县教育局（建湖县总工会的协同单位）", note: "协同单位账号：只见本单位牵头或参与的产改任务并填报进展" },
];
