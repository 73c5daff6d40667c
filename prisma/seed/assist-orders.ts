// Demo 劳模工匠助企行 orders ("企业下单、劳模接单、工会送单") at the seeds' scale: 建湖
// works towards its 30 visits a year; 大丰 (盐城) closes 3 orders in 2026 for
// exactly the 盐城经开区 figures (4 problems, 55 workers trained, ¥450,000);
// other counties a handful. 王建华 (the demo member) served two orders in 上冈镇.
// A few activity records of the 助企行 type, entered before orders existed,
// still count on the dashboard. Deterministic; a few set-based inserts.
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { day, iso, REFERENCE_DAY } from "./dates";

const LAST = REFERENCE_DAY - 1;

type Need = { trade: string; field: string; title: string; description: string };
const NEEDS: Need[] = [
  { trade: "MACHINING", field: "数控加工精度", title: "数控车床加工件尺寸波动大", description: "批量加工轴类零件时尺寸超差率约5%，需排查刀具补偿与工艺参数。" },
  { trade: "WELDING", field: "焊接工艺", title: "压力容器焊缝一次合格率偏低", description: "焊缝探伤一次合格率不足90%，希望劳模指导焊接参数和操作手法。" },
  { trade: "ELECTRICAL", field: "设备自动化改造", title: "包装线变频控制改造", description: "包装线电机频繁过载停机，拟进行变频改造并培训电工。" },
  { trade: "PETROLEUM_EQUIPMENT", field: "石油机械装配", title: "抽油机减速箱漏油", description: "新装配的抽油机减速箱出厂试验漏油，需改进密封结构与装配工艺。" },
  { trade: "TEXTILE", field: "纺纱设备", title: "细纱机断头率高", description: "细纱工序断头率高于行业水平，需优化设备与操作法。" },
  { trade: "ENERGY_SAVING", field: "节能降耗", title: "烘干工序能耗高", description: "烘干设备热效率低，希望工作室提供节能改造方案。" },
  { trade: "QUALITY", field: "质量管理", title: "装配质量问题反复出现", description: "总装环节同类质量问题反复出现，需建立点检和质量控制操作法并培训班组长。" },
  { trade: "SAFETY", field: "安全生产", title: "车间行车安全隐患整改", description: "行车限位和检修踏板存在隐患，需要现场指导整改并开展安全培训。" },
];
const TRADES_BY_WEIGHT = [0, 0, 1, 2, 2, 3, 4, 5, 6, 6, 7];

type Ent = { id: string; name: string; area: number; path: number[] };
type Helper = { memberId: string | null; studioId: string | null; visitorId: string; visitorName: string; county: number; studioKind: string | null };

export async function loadAssistOrderDemo(client: Client, ctx: DemoContext): Promise<void> {
  const { rng, tree } = ctx;
  const counties = tree.orgs.filter((o) => o.level === "COUNTY");
  const jianhu = tree.byName.get("建湖县总工会")!.id;
  const dafeng = counties.find((c) => c.name.startsWith("大丰"))!.id;
  const shanggang = tree.byName.get("上冈镇总工会")!.id;

  const ents = (
    await client.query<Ent>(
      `SELECT id, name, area, path FROM (
         SELECT e.id, e.name, e.area_org_id AS area, o.ancestor_ids AS path, row_number() OVER (PARTITION BY o.ancestor_ids[3] ORDER BY e.id) AS rn
         FROM enterprise e JOIN organisation o ON o.id = e.area_org_id WHERE o.depth >= 3
       ) t WHERE rn <= 80 ORDER BY id`,
    )
  ).rows;
  const helpers = (
    await client.query<Helper>(
      `SELECT * FROM (
         SELECT DISTINCT ON (h.member_id) h.member_id AS "memberId", NULL::uuid AS "studioId", m.id AS "visitorId", m.name AS "visitorName", o.ancestor_ids[3] AS county, NULL AS "studioKind"
         FROM honour h JOIN member m ON m.id = h.member_id JOIN organisation o ON o.id = m.org_id
         WHERE h.status = 'AWARDED' AND h.title IN ('MODEL_WORKER', 'CRAFTSMAN', 'MAY_DAY_MEDAL') AND m.id <> $1
         ORDER BY h.member_id
       ) p
       UNION ALL
       SELECT NULL, s.id, m.id, m.name, o.ancestor_ids[3], s.kind::text
       FROM studio s JOIN member m ON m.id = s.lead_member_id JOIN organisation o ON o.id = s.org_id
       WHERE s.status <> 'REVOKED' AND m.id <> $1
       ORDER BY 5, 3`,
      [ctx.demoMemberId],
    )
  ).rows;
  const demo = (await client.query<{ name: string }>(`SELECT name FROM member WHERE id = $1`, [ctx.demoMemberId])).rows[0];

  const orders: Record<string, unknown[]> = {};
  const visits: Record<string, unknown[]> = {};
  const push = (t: Record<string, unknown[]>, row: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(row)) (t[k] ??= []).push(v);
  };

  type Outcome = { problems: number; trained: number; benefit: number };
  const addOrder = (e: Ent, h: Helper, requested: number, status: string, outcome: Outcome | null, nVisits: number, need = NEEDS[rng.pick(TRADES_BY_WEIGHT)], orgId?: number) => {
    const id = rng.uuid();
    const dispatched = status === "OPEN" ? null : Math.min(requested + rng.int(1, 5), LAST);
    const visitDays: number[] = [];
    for (let i = 0; i < nVisits && dispatched !== null; i++) visitDays.push(Math.min(dispatched + rng.int(2, 12) + i * 10, LAST));
    const closed = status === "CLOSED" ? Math.min(Math.max(...visitDays) + rng.int(3, 15), LAST) : null;
    push(orders, {
      id,
      // Towns take most orders; the county takes some itself.
      org_id: orgId ?? (rng.chance(0.3) ? e.path[2] : e.path[3]),
      enterprise_id: e.id,
      trade: need.trade,
      field: need.field,
      title: need.title,
      description: need.description,
      urgency: rng.pick(["NORMAL", "NORMAL", "URGENT", "CRITICAL"]),
      preferred_studio_kind: h.studioKind,
      contact_name: rng.pick(["张", "李", "陈", "周", "吴"]) + rng.pick(["经理", "主任", "工程师"]),
      contact_phone: `0515-8${String(rng.int(1000000, 9999999))}`,
      requested_on: iso(requested),
      status,
      assignee_member_id: status === "OPEN" ? null : h.memberId,
      assignee_studio_id: status === "OPEN" ? null : h.studioId,
      dispatched_on: dispatched === null ? null : iso(dispatched),
      problems_solved: outcome?.problems ?? null,
      workers_trained: outcome?.trained ?? null,
      benefit: outcome ? outcome.benefit.toFixed(2) : null,
      rating: outcome ? rng.pick([4, 5, 5]) : null,
      outcome_note: outcome ? "问题已解决，企业满意" : null,
      closed_on: closed === null ? null : iso(closed),
    });
    for (const v of visitDays) {
      push(visits, { id: rng.uuid(), order_id: id, visited_on: iso(v), member_ids: `{${h.visitorId}}`, visitors: h.visitorName, hours: String(rng.int(2, 8)), content: "现场诊断、讲解操作要点并带教一线职工" });
    }
  };
  const outcome = (): Outcome => ({ problems: rng.int(1, 3), trained: rng.int(5, 40), benefit: rng.int(20, 300) * 1000 });

  for (const c of counties) {
    const cEnts = ents.filter((e) => e.path[2] === c.id);
    const cHelpers = helpers.filter((h) => h.county === c.id);
    if (!cEnts.length || !cHelpers.length) continue;
    if (c.id === dafeng) {
      // 盐城经开区's reported results, as three closed 2026 orders.
      const yancheng: Outcome[] = [
        { problems: 1, trained: 20, benefit: 150_000 },
        { problems: 2, trained: 25, benefit: 200_000 },
        { problems: 1, trained: 10, benefit: 100_000 },
      ];
      for (const o of yancheng) addOrder(rng.pick(cEnts), rng.pick(cHelpers), rng.int(day(2026, 3, 1), day(2026, 8, 31)), "CLOSED", o, 1);
    }
    const plan = c.id === jianhu ? { y2025: 12, y2026: 16 } : { y2025: rng.int(1, 3), y2026: rng.int(2, 4) };
    for (let i = 0; i < plan.y2025; i++) addOrder(rng.pick(cEnts), rng.pick(cHelpers), rng.int(day(2025, 3, 1), day(2025, 11, 30)), "CLOSED", outcome(), rng.int(1, 2));
    for (let i = 0; i < plan.y2026; i++) {
      const late = i >= plan.y2026 - 3;
      const status = !late ? "CLOSED" : i === plan.y2026 - 1 ? "OPEN" : "DISPATCHED";
      const requested = late ? rng.int(day(2026, 9, 20), LAST - 8) : rng.int(day(2026, 3, 1), day(2026, 8, 31));
      addOrder(rng.pick(cEnts), rng.pick(cHelpers), requested, status, status === "CLOSED" ? outcome() : null, status === "OPEN" ? 0 : rng.int(1, 2));
    }
  }
  // 王建华 (a 建湖工匠 leading a studio at 华瑞石油机械) served two 上冈镇 enterprises.
  const inShanggang = ents.filter((e) => e.path[3] === shanggang && !e.name.includes("华瑞"));
  const wang: Helper = { memberId: ctx.demoMemberId, studioId: null, visitorId: ctx.demoMemberId, visitorName: demo.name, county: jianhu, studioKind: null };
  addOrder(inShanggang[0], wang, day(2026, 4, 8), "CLOSED", { problems: 2, trained: 18, benefit: 86_000 }, 2, NEEDS[3], shanggang);
  addOrder(inShanggang[1], wang, day(2026, 7, 14), "CLOSED", { problems: 1, trained: 12, benefit: 42_000 }, 1, NEEDS[0], shanggang);

  const col = (t: Record<string, unknown[]>, name: string, type: string, expr?: (v: string) => string) => ({ name, type, values: t[name] ?? [], expr });
  await bulkInsert(client, "assist_order", [
    col(orders, "id", "uuid"),
    col(orders, "org_id", "int"),
    col(orders, "enterprise_id", "uuid"),
    col(orders, "trade", '"AssistTrade"'),
    col(orders, "field", "text"),
    col(orders, "title", "text"),
    col(orders, "description", "text"),
    col(orders, "urgency", '"AssistUrgency"'),
    col(orders, "preferred_studio_kind", '"StudioKind"'),
    col(orders, "contact_name", "text"),
    col(orders, "contact_phone", "text"),
    col(orders, "requested_on", "date"),
    col(orders, "status", '"AssistOrderStatus"'),
    col(orders, "assignee_member_id", "uuid"),
    col(orders, "assignee_studio_id", "uuid"),
    col(orders, "dispatched_on", "date"),
    col(orders, "problems_solved", "int"),
    col(orders, "workers_trained", "int"),
    col(orders, "benefit", "numeric"),
    col(orders, "rating", "int"),
    col(orders, "outcome_note", "text"),
    col(orders, "closed_on", "date"),
  ]);
  // uuid[] per row: unnest would flatten a 2-D array, so each travels as an array literal.
  await bulkInsert(
    client,
    "assist_visit",
    [
      col(visits, "id", "uuid"),
      col(visits, "order_id", "uuid"),
      col(visits, "visited_on", "date"),
      col(visits, "member_ids", "text", (v) => `${v}::uuid[]`),
      col(visits, "visitors", "text"),
      col(visits, "hours", "numeric"),
      col(visits, "content", "text"),
    ],
    { stamps: ["created_at"] },
  );
  // Visits recorded as activity records before orders existed (still counted).
  await client.query(
    `INSERT INTO activity_record (org_id, type_id, held_on, place, participants, description, created_at, updated_at)
     SELECT x.org_id, t.id, x.held_on::date, x.place, x.n, '劳模工匠助企行：劳模进企业现场解决技术难题', now(), now()
     FROM activity_type t, (VALUES ($1::int, '2025-04-16', '建湖县高新区企业', 12), ($1, '2025-06-20', '上冈镇企业', 8), ($1, '2025-09-11', '冈东企业', 10),
       ($1, '2026-01-15', '建湖县经济开发区企业', 15), ($1, '2026-02-26', '近湖街道企业', 9), ($2::int, '2025-05-22', '大丰区企业', 11)) AS x(org_id, held_on, place, n)
     WHERE t.code = 'MODEL_WORKER_VISIT'`,
    [jianhu, dafeng],
  );
  ctx.log(`assist orders: ${orders.id?.length ?? 0} orders, ${visits.id?.length ?? 0} visits`);
}
