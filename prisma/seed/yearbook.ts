// Demo data of the annual statistics report (工会统计年报): the 单位性质 of the
// enterprise register, and each grassroots union's facts (工会工作人员, 职代会,
// 厂务公开, 董事会, 职工董事) for the statistics years 2025 and 2026. Set by SQL
// from each row's id hash, so the other loaders' random draws stay as they were.
// Proportions follow Jiangsu county yearbooks: about 85% of unionised
// enterprises private or other domestic, a few percent HK/Macao/Taiwan and
// foreign invested; 职代会 in most independent unions, boards in the larger ones.
import type { Client } from "pg";
import type { DemoContext } from "./context";

export async function loadYearbookDemo(client: Client, ctx: DemoContext) {
  // h: a stable number 0..999 per enterprise.
  await client.query(`
    UPDATE enterprise e SET ownership = (CASE
      WHEN u.name ~ '(医院|学校|中学|小学|保健院)' THEN 'INSTITUTION'
      WHEN u.name ~ '(供电|自来水|城市建设投资|农村商业银行)' THEN 'STATE'
      WHEN u.name ~ '个体工商户' THEN 'INDIVIDUAL'
      WHEN h < 30 THEN 'HMT'
      WHEN h < 75 THEN 'FOREIGN'
      WHEN h < 105 THEN 'STATE'
      WHEN h < 125 THEN 'COLLECTIVE'
      WHEN h < 450 THEN 'OTHER_DOMESTIC'
      ELSE 'PRIVATE' END)::"EnterpriseOwnership"
    FROM (SELECT e2.id, ('x' || substr(md5(e2.id::text), 1, 6))::bit(24)::int % 1000 AS h, o.name
            FROM enterprise e2 LEFT JOIN organisation o ON o.id = e2.union_org_id) u
    WHERE u.id = e.id`);
  // Facts: independent unions by size, joint unions by the units they cover, federations their own cadres.
  const { rowCount } = await client.query(`
    INSERT INTO org_year_facts (org_id, year, full_time_staff, part_time_staff, congress_units, open_affairs_units,
      congress_delegates, congress_delegates_women, board_units, worker_directors, worker_directors_women, updated_by, updated_at)
    SELECT o.id, y.year,
      CASE WHEN o.level <> 'GRASSROOTS' THEN 2 + h % 4 WHEN w >= 1000 THEN 2 WHEN w >= 300 THEN 1 ELSE 0 END,
      CASE WHEN o.level <> 'GRASSROOTS' THEN 1 + h % 3 ELSE 1 + least(w / 150, 8) END,
      CASE WHEN o.kind = 'JOINT' THEN coalesce(o.covered_enterprises, 0) * (55 + h % 30) / 100 WHEN o.kind = 'INDEPENDENT' AND w >= 25 THEN 1 ELSE 0 END,
      CASE WHEN o.kind = 'JOINT' THEN coalesce(o.covered_enterprises, 0) * (50 + h % 30) / 100 WHEN o.kind = 'INDEPENDENT' AND w >= 25 THEN 1 ELSE 0 END,
      d, d * (30 + h % 15) / 100,
      CASE WHEN o.kind = 'INDEPENDENT' AND w >= 300 THEN 1 ELSE 0 END,
      CASE WHEN o.kind = 'INDEPENDENT' AND w >= 300 THEN 1 + h % 2 ELSE 0 END,
      CASE WHEN o.kind = 'INDEPENDENT' AND w >= 300 AND h % 3 = 0 THEN 1 ELSE 0 END,
      'demo', now()
    FROM organisation o
    CROSS JOIN (VALUES (2025), (2026)) AS y(year)
    CROSS JOIN LATERAL (SELECT coalesce(o.employee_count, 0) - CASE WHEN y.year = 2025 THEN coalesce(o.employee_count, 0) / 20 ELSE 0 END AS w,
                               ('x' || substr(md5(o.id::text || y.year::text), 1, 6))::bit(24)::int % 1000 AS h) AS k
    CROSS JOIN LATERAL (SELECT CASE WHEN o.kind = 'INDEPENDENT' AND k.w >= 25 THEN greatest(30, least(k.w / 10, 300))
                                    WHEN o.kind = 'JOINT' THEN coalesce(o.covered_enterprises, 0) * 3 ELSE 0 END AS d) AS dd
    WHERE o.status = 'ACTIVE' AND (o.level IN ('GRASSROOTS', 'VILLAGE') OR o.kind = 'FEDERATION')`);
  ctx.log(`set enterprise types, inserted ${rowCount} union year facts`);
}
