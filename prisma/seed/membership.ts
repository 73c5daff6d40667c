// Demo membership work beyond the registry itself (lib/members):
// - 网上入会 applications: riders, couriers and drivers in 建湖's towns (most in
//   上冈镇's queue, so `shanggang.staff` has a queue), one in 盱眙; pending,
//   accepted (their members are already in the registry) and declined ones.
// - 会籍接转 requests 建湖 → 盱眙 and back: one pending, one accepted (the
//   member moved, with its history entry) and one lapsed. Pending and lapsed
//   ones are dated from the moment of the load, since "pending" is derived
//   from the real clock (expires_at).
// - 保留会籍: about one in two hundred of 建湖's members born before 1966 kept
//   membership on retiring at 60.
import type { Client } from "pg";
import { encryptIdNumber, hashIdNumber } from "../../lib/crypto/pii";
import { maskIdNumber } from "../../lib/members/id-number";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { day, iso, REFERENCE_DAY } from "./dates";
import { IdNumbers, Phones } from "./ids";

const JIANHU_REGION = "320925";
const XUYI_REGION = "320830";
const APPLICANTS: { name: string; employer: string; groups: string[]; male: boolean }[] = [
  { name: "陈国栋", employer: "美团外卖骑手（建湖站）", groups: ["FOOD_DELIVERY"], male: true },
  { name: "刘海涛", employer: "饿了么蜂鸟配送", groups: ["FOOD_DELIVERY"], male: true },
  { name: "孙丽娟", employer: "中通快递上冈网点", groups: ["COURIER"], male: false },
  { name: "王志勇", employer: "满帮平台货车司机", groups: ["TRUCK_DRIVER"], male: true },
  { name: "张春燕", employer: "建湖县华联物业服务有限公司", groups: ["PROPERTY_STAFF"], male: false },
  { name: "吴成龙", employer: "滴滴出行网约车司机", groups: ["RIDE_HAILING"], male: true },
  { name: "徐晓峰", employer: "顺丰速运建湖营业部", groups: ["COURIER"], male: true },
  { name: "杨红梅", employer: "盱眙县龙虾产业园", groups: ["MIGRANT_WORKER", "FRONTLINE"], male: false },
];

export async function loadMembershipDemo(client: Client, ctx: DemoContext): Promise<void> {
  const { rng, tree } = ctx;
  const towns = tree.orgs.filter((o) => o.level === "TOWN");
  const jianhu = tree.byName.get("建湖县总工会")!.id;
  const xuyi = tree.byName.get("盱眙县总工会")!.id;
  const shanggang = tree.byName.get("上冈镇总工会")!;
  const jianhuTowns = towns.filter((t) => t.ancestorIds.includes(jianhu) && t.id !== shanggang.id);
  const xuyiTown = towns.find((t) => t.ancestorIds.includes(xuyi))!;
  const unionsOf = (town: number) => tree.orgs.filter((o) => o.ancestorIds.includes(town) && o.level === "GRASSROOTS");

  // Applications not yet decided, and one declined: applicants not in the registry.
  const ids = new IdNumbers();
  const phones = new Phones();
  const apps: Record<string, unknown[]> = {};
  const push = (row: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(row)) (apps[k] ??= []).push(v);
  };
  const number = () => `RH${String(rng.int(0, 9_999_999_999)).padStart(10, "0")}`;
  const at = (dayNumber: number, hour: number) => new Date(dayNumber * 86_400_000 + hour * 3_600_000);
  APPLICANTS.forEach((a, i) => {
    const inXuyi = a.employer.startsWith("盱眙");
    const town = inXuyi ? xuyiTown : i < 5 ? shanggang : rng.pick(jianhuTowns);
    // Two of 上冈镇's applicants named their union; the rest left it to the town.
    const queue = !inXuyi && i % 3 === 1 ? rng.pick(unionsOf(town.id)).id : town.id;
    const idNumber = ids.next(rng, inXuyi ? XUYI_REGION : JIANHU_REGION, day(rng.int(1982, 2003), rng.int(1, 12), rng.int(1, 28)), a.male);
    const submitted = REFERENCE_DAY - rng.int(1, 20);
    const declined = i === 6;
    push({
      id: rng.uuid(),
      number: number(),
      name: a.name,
      id_cipher: encryptIdNumber(idNumber),
      id_hash: hashIdNumber(idNumber),
      id_masked: maskIdNumber(idNumber),
      phone: phones.next(rng),
      employer: a.employer,
      groups: `{${a.groups.join(",")}}`,
      town_id: town.id,
      org_id: queue,
      status: declined ? "DECLINED" : "PENDING",
      consent_at: at(submitted, 9),
      submitted_at: at(submitted, 9),
      decided_at: declined ? at(submitted + 2, 3) : null,
      decided_by_id: declined ? ctx.userIds["shanggang.staff"] : null,
      decline_reason: declined ? "经联系核实，申请人已离开本镇工作，请在新的工作地申请" : null,
      member_id: null,
    });
  });

  // Accepted ones: members of 上冈镇 who joined recently came in this way.
  const joined = (
    await client.query<{ id: string; name: string; id_cipher: Buffer; id_hash: string; id_masked: string; phone: string; groups: string; org_id: number; joined_on: string }>(
      `SELECT m.id, m.name, m.id_cipher, m.id_hash, m.id_masked, m.phone, m.groups::text AS groups, m.org_id, to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on
       FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[$1]::int[] AND m.status = 'ACTIVE' AND m.id <> $2 AND m.joined_on >= $3::date
       ORDER BY m.joined_on DESC, m.id LIMIT 3`,
      [shanggang.id, ctx.demoMemberId, iso(REFERENCE_DAY - 200)],
    )
  ).rows;
  for (const m of joined) {
    const decided = Math.floor(Date.parse(`${m.joined_on}T00:00:00Z`) / 86_400_000);
    push({
      id: rng.uuid(),
      number: number(),
      name: m.name,
      id_cipher: m.id_cipher,
      id_hash: m.id_hash,
      id_masked: m.id_masked,
      phone: m.phone,
      employer: "美团外卖骑手（上冈站）",
      groups: m.groups,
      town_id: shanggang.id,
      org_id: shanggang.id,
      status: "ACCEPTED",
      consent_at: at(decided - 3, 10),
      submitted_at: at(decided - 3, 10),
      decided_at: at(decided, 2),
      decided_by_id: ctx.userIds["shanggang.staff"],
      decline_reason: null,
      member_id: m.id,
    });
  }
  await bulkInsert(client, "member_application", [
    { name: "id", type: "uuid", values: apps.id },
    { name: "number", type: "text", values: apps.number },
    { name: "name", type: "text", values: apps.name },
    { name: "id_cipher", type: "bytea", values: apps.id_cipher },
    { name: "id_hash", type: "text", values: apps.id_hash },
    { name: "id_masked", type: "text", values: apps.id_masked },
    { name: "phone", type: "text", values: apps.phone },
    { name: "employer", type: "text", values: apps.employer },
    { name: "groups", type: "text", values: apps.groups, expr: (v) => `${v}::"MemberGroup"[]` },
    { name: "town_id", type: "int", values: apps.town_id },
    { name: "org_id", type: "int", values: apps.org_id },
    { name: "status", type: '"MemberApplicationStatus"', values: apps.status },
    { name: "consent_at", type: "timestamptz", values: apps.consent_at },
    { name: "submitted_at", type: "timestamptz", values: apps.submitted_at },
    { name: "decided_at", type: "timestamptz", values: apps.decided_at },
    { name: "decided_by_id", type: "uuid", values: apps.decided_by_id },
    { name: "decline_reason", type: "text", values: apps.decline_reason },
    { name: "member_id", type: "uuid", values: apps.member_id },
  ], { stamps: [] });

  // 会籍接转 requests between 建湖 and 盱眙, on members with no grant in progress.
  const movers = (
    await client.query<{ id: string; org_id: number; county: number }>(
      `SELECT id, org_id, county FROM (
         SELECT m.id, m.org_id, o.ancestor_ids[3] AS county, row_number() OVER (PARTITION BY o.ancestor_ids[3] ORDER BY m.id) AS rn
         FROM member m JOIN organisation o ON o.id = m.org_id
         WHERE m.status = 'ACTIVE' AND m.id <> $1 AND o.ancestor_ids[3] IN ($2, $3) AND o.level = 'GRASSROOTS'
           AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id)
           AND NOT EXISTS (SELECT 1 FROM hardship_file h WHERE h.member_id = m.id)
       ) t WHERE rn <= 3`,
      [ctx.demoMemberId, jianhu, xuyi],
    )
  ).rows;
  const fromJianhu = movers.filter((m) => m.county === jianhu);
  const fromXuyi = movers.filter((m) => m.county === xuyi);
  const xuyiUnions = unionsOf(xuyiTown.id);
  const shanggangUnions = unionsOf(shanggang.id);
  const staff = (u: string) => ctx.userIds[u];
  const requests = [
    // Pending: 建湖 released a worker to 盱眙 three days before the load.
    { m: fromJianhu[0], to: rng.pick(xuyiUnions).id, by: staff("jianhu.staff"), status: "PENDING", ago: 3, reason: "工作调动至盱眙县" },
    // Lapsed: nobody in 盱眙 accepted within 30 days.
    { m: fromJianhu[1], to: rng.pick(xuyiUnions).id, by: staff("jianhu.staff"), status: "PENDING", ago: 40, reason: "随配偶迁居盱眙" },
    // Pending the other way, for 上冈镇 to accept.
    { m: fromXuyi[0], to: rng.pick(shanggangUnions).id, by: staff("xuyi.staff"), status: "PENDING", ago: 5, reason: "到建湖上冈镇企业就业" },
    // Accepted by 上冈镇 in the demo year: the member has moved.
    { m: fromXuyi[1], to: rng.pick(shanggangUnions).id, by: staff("xuyi.staff"), status: "ACCEPTED", ago: 0, reason: "到建湖上冈镇企业就业" },
  ];
  for (const r of requests) {
    if (r.status === "ACCEPTED") {
      const requested = REFERENCE_DAY - 60;
      await client.query(
        `INSERT INTO member_transfer_request (member_id, from_org_id, to_org_id, status, reason, requested_by_id, requested_at, expires_at, decided_by_id, decided_at)
         VALUES ($1, $2, $3, 'ACCEPTED', $4, $5, $6, $6::timestamptz + interval '30 days', $7, $8)`,
        [r.m.id, r.m.org_id, r.to, r.reason, r.by, at(requested, 2), staff("shanggang.staff"), at(requested + 6, 3)],
      );
      await client.query(`INSERT INTO member_transfer (member_id, from_org_id, to_org_id, transferred_on, reason, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, now())`, [
        r.m.id,
        r.m.org_id,
        r.to,
        iso(requested + 6),
        r.reason,
        staff("shanggang.staff"),
      ]);
      await client.query(`UPDATE member SET org_id = $2 WHERE id = $1`, [r.m.id, r.to]);
    } else {
      await client.query(
        `INSERT INTO member_transfer_request (member_id, from_org_id, to_org_id, status, reason, requested_by_id, requested_at, expires_at)
         VALUES ($1, $2, $3, 'PENDING', $4, $5, now() - make_interval(days => $6), now() - make_interval(days => $6) + interval '30 days')`,
        [r.m.id, r.m.org_id, r.to, r.reason, r.by, r.ago],
      );
    }
  }

  // 保留会籍: retirees of 建湖 (60 and over by the reference day).
  await client.query(
    `UPDATE member m SET status = 'RETAINED', retained_on = greatest(m.joined_on, (m.birth_date + interval '60 years')::date)
     FROM organisation o
     WHERE o.id = m.org_id AND o.ancestor_ids @> ARRAY[$1]::int[] AND m.status = 'ACTIVE' AND m.id <> $2
       AND m.birth_date < $3::date AND m.id NOT IN (SELECT member_id FROM member_transfer_request)
       AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id) AND abs(hashtext(m.id::text)) % 200 = 0`,
    [jianhu, ctx.demoMemberId, iso(REFERENCE_DAY - Math.round(60 * 365.25))],
  );
  ctx.log("membership demo: online applications, transfer requests, retirees");
}
