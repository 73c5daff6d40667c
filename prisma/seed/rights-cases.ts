// Demo 维权服务工单 (rights cases), at a county union's daily scale: 建湖 about
// 70 cases in 2025 and 60 in 2026 to date, other counties 10–20 a year; 盱眙's
// 五一劳动法律宣传服务月 (May 2026: the month's activity record and the
// consultations received at its desks); and a wage-arrears case in 建湖 recovered
// for 12 workers. Facts are encrypted like hardship narratives. A few 2026
// cases are still open, some past their time limits, so the queues show them.
import type { Client } from "pg";
import { encryptText } from "../../lib/crypto/pii";
import { deadlines } from "../../lib/rights-cases/deadlines";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { day, iso, REFERENCE_DAY } from "./dates";

const LAST = REFERENCE_DAY - 1;
const KINDS: [string, number, string][] = [
  ["WAGE_ARREARS", 30, "工地包工头拖欠工资"],
  ["LABOUR_CONTRACT", 18, "单位未签订书面劳动合同，要求补签并支付二倍工资"],
  ["WORK_INJURY", 10, "工作中受伤，单位不配合申报工伤认定"],
  ["SOCIAL_INSURANCE", 12, "单位未足额缴纳社会保险"],
  ["DISPUTE_MEDIATION", 15, "解除劳动合同经济补偿争议，申请调解"],
  ["LEGAL_CONSULTATION", 12, "咨询加班工资计算和年休假规定"],
  ["OTHER", 3, "反映用人单位规章制度不合理"],
];
const WEIGHTED = KINDS.flatMap(([k, w]) => Array.from({ length: w }, () => k));
const FACT = Object.fromEntries(KINDS.map(([k, , f]) => [k, f]));
const REFERRAL_NAMES: Record<string, string> = { LABOUR_INSPECTION: "劳动保障监察", ARBITRATION: "劳动人事争议仲裁委员会", LEGAL_AID_CENTRE: "法律援助中心" };
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "周", "吴", "徐", "孙"];
const GIVEN = ["建国", "秀英", "海峰", "丽", "明", "春梅", "志强", "红", "伟", "桂兰"];

export async function loadRightsCaseDemo(client: Client, ctx: DemoContext): Promise<void> {
  const { rng, tree } = ctx;
  const counties = tree.orgs.filter((o) => o.level === "COUNTY");
  const jianhu = tree.byName.get("建湖县总工会")!.id;
  const xuyi = tree.byName.get("盱眙县总工会")!.id;
  const members = (
    await client.query<{ id: string; name: string; county: number }>(
      `SELECT id, name, county FROM (
         SELECT m.id, m.name, o.ancestor_ids[3] AS county, row_number() OVER (PARTITION BY o.ancestor_ids[3] ORDER BY m.id DESC) AS rn
         FROM member m JOIN organisation o ON o.id = m.org_id WHERE m.status = 'ACTIVE' AND m.id <> $1
       ) t WHERE rn <= 60`,
      [ctx.demoMemberId],
    )
  ).rows;
  const cases: Record<string, unknown[]> = {};
  const events: Record<string, unknown[]> = {};
  const push = (t: Record<string, unknown[]>, row: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(row)) (t[k] ??= []).push(v);
  };
  const ev = (caseId: string, action: string, on: number, from: number | null, to: number | null, note: string | null) =>
    push(events, { id: rng.uuid(), case_id: caseId, action, on: iso(on), from_org_id: from, to_org_id: to, note });

  type Spec = { org: number; county: number; kind: string; channel: string; received: number; workers?: number; money?: number; facts?: string; fate?: "open" | "late" | "done" };
  const add = (s: Spec) => {
    const id = rng.uuid();
    const pool = members.filter((m) => m.county === s.county);
    const member = rng.chance(0.6) && pool.length ? rng.pick(pool) : null;
    const name = member?.name ?? rng.pick(SURNAMES) + rng.pick(GIVEN);
    const d = deadlines(s.kind as never, iso(s.received));
    const limit = Math.round((Date.parse(d.resolveBy) - Date.parse(iso(s.received))) / 86_400_000);
    const fate = s.fate ?? "done";
    const accepted = fate === "late" && rng.chance(0.3) ? null : Math.min(s.received + rng.int(0, 1), LAST);
    const refer = fate === "done" && s.kind !== "LEGAL_CONSULTATION" && rng.chance(0.15) ? rng.pick(["LABOUR_INSPECTION", "ARBITRATION", "LEGAL_AID_CENTRE"]) : null;
    // Most cases settle within their limit; about one in eight runs over.
    const settled = fate === "done" ? Math.min(s.received + (rng.chance(0.88) ? rng.int(1, limit) : limit + rng.int(1, 10)), LAST) : null;
    const referredOn = refer && settled ? settled : null;
    const ref = refer ? `${new Date(s.received * 86_400_000).getUTCFullYear()}-${rng.int(100, 999)}` : null;
    const closed = settled === null ? null : refer ? Math.min(settled + rng.int(10, 40), LAST) : settled;
    const followed = closed !== null && closed + 7 < LAST && rng.chance(0.8) ? closed + rng.int(3, 7) : null;
    const wage = s.kind === "WAGE_ARREARS" || s.kind === "DISPUTE_MEDIATION";
    const workers = s.workers ?? (s.kind === "WAGE_ARREARS" ? rng.int(1, 8) : 1);
    const money = s.money ?? (wage && closed !== null && !refer ? rng.int(3, 40) * 1000 * Math.max(1, Math.round(workers / 2)) : null);
    const status = followed ? "FOLLOWED_UP" : closed ? "CLOSED" : referredOn ? "REFERRED" : accepted !== null ? "ACCEPTED" : "RECEIVED";
    push(cases, {
      id,
      receiving_org_id: s.org,
      handling_org_id: s.org,
      member_id: member?.id ?? null,
      applicant_name: name,
      phone_cipher: member ? null : encryptText(`1${rng.pick(["38", "39", "51", "58", "77"])}${String(rng.int(0, 99999999)).padStart(8, "0")}`),
      kind: s.kind,
      channel: s.channel,
      facts_cipher: encryptText(s.facts ?? `${FACT[s.kind]}，涉及 ${workers} 人。`),
      workers,
      received_on: iso(s.received),
      acknowledge_by: d.acknowledgeBy,
      resolve_by: d.resolveBy,
      status,
      accepted_on: accepted === null ? null : iso(accepted),
      referral: refer,
      referral_ref: ref,
      referred_on: referredOn === null ? null : iso(referredOn),
      closed_on: closed === null ? null : iso(closed),
      outcome_cipher: closed === null ? null : encryptText(money ? `经调解，用人单位支付 ${money} 元` : "已答复并协调解决"),
      money_recovered: money === null ? null : money.toFixed(2),
      satisfaction: followed ? rng.pick([3, 4, 5, 5, 5]) : null,
      followed_up_on: followed === null ? null : iso(followed),
    });
    ev(id, "RECEIVED", s.received, null, s.org, null);
    if (accepted !== null) ev(id, "ACCEPTED", accepted, null, s.org, null);
    if (referredOn !== null) ev(id, "REFERRED", referredOn, null, null, `${REFERRAL_NAMES[refer!]}，编号 ${ref}`);
    if (closed !== null) ev(id, "CLOSED", closed, null, null, null);
    if (followed !== null) ev(id, "FOLLOWED_UP", followed, null, null, null);
  };

  for (const c of counties) {
    const towns = tree.orgs.filter((o) => o.parentId === c.id && o.level === "TOWN").map((o) => o.id);
    const big = c.id === jianhu;
    const where = () => (rng.chance(0.4) || !towns.length ? c.id : rng.pick(towns));
    for (const [year, n] of [[2025, big ? 70 : rng.int(10, 20)], [2026, big ? 60 : rng.int(8, 16)]] as const) {
      for (let i = 0; i < n; i++) {
        const received = rng.int(day(year, 1, 5), year === 2026 ? LAST - 20 : day(year, 12, 20));
        add({ org: where(), county: c.id, kind: rng.pick(WEIGHTED), channel: rng.pick(["VISIT", "VISIT", "PHONE", "ONLINE"]), received });
      }
    }
    // Recent cases still in hand; a few of them past a limit.
    for (let i = 0; i < (big ? 6 : 2); i++) add({ org: where(), county: c.id, kind: rng.pick(WEIGHTED), channel: "VISIT", received: LAST - rng.int(0, 30), fate: i % 3 === 0 ? "late" : "open" });
  }
  // 盱眙's 五一劳动法律宣传服务月: consultations received at the month's desks.
  for (let i = 0; i < 24; i++) add({ org: xuyi, county: xuyi, kind: "LEGAL_CONSULTATION", channel: "VISIT", received: rng.int(day(2026, 5, 6), day(2026, 5, 29)), facts: "五一劳动法律宣传服务月现场咨询：劳动合同、工资支付" });
  // Wage arrears recovered for 12 workers of a 建湖 construction site.
  add({ org: jianhu, county: jianhu, kind: "WAGE_ARREARS", channel: "VISIT", received: day(2026, 1, 12), workers: 12, money: 186_000, facts: "某建筑工地 12 名农民工被拖欠 2025 年下半年工资，共 18.6 万元" });

  const col = (t: Record<string, unknown[]>, name: string, type: string) => ({ name, type, values: t[name] ?? [] });
  await bulkInsert(client, "rights_case", [
    col(cases, "id", "uuid"),
    col(cases, "receiving_org_id", "int"),
    col(cases, "handling_org_id", "int"),
    col(cases, "member_id", "uuid"),
    col(cases, "applicant_name", "text"),
    col(cases, "phone_cipher", "bytea"),
    col(cases, "kind", '"RightsCaseKind"'),
    col(cases, "channel", '"RightsChannel"'),
    col(cases, "facts_cipher", "bytea"),
    col(cases, "workers", "int"),
    col(cases, "received_on", "date"),
    col(cases, "acknowledge_by", "date"),
    col(cases, "resolve_by", "date"),
    col(cases, "status", '"RightsCaseStatus"'),
    col(cases, "accepted_on", "date"),
    col(cases, "referral", '"RightsReferral"'),
    col(cases, "referral_ref", "text"),
    col(cases, "referred_on", "date"),
    col(cases, "closed_on", "date"),
    col(cases, "outcome_cipher", "bytea"),
    col(cases, "money_recovered", "numeric"),
    col(cases, "satisfaction", "int"),
    col(cases, "followed_up_on", "date"),
  ]);
  await bulkInsert(
    client,
    "rights_case_event",
    [col(events, "id", "uuid"), col(events, "case_id", "uuid"), col(events, "action", "text"), col(events, "on", "date"), col(events, "from_org_id", "int"), col(events, "to_org_id", "int"), col(events, "note", "text")],
    { stamps: ["created_at"] },
  );
  await client.query(
    `INSERT INTO activity_record (org_id, type_id, held_on, place, participants, description, created_at, updated_at)
     SELECT $1, t.id, DATE '2026-05-06', '盱眙县职工服务中心及各镇街', 1200, '五一劳动法律宣传服务月：法律咨询进企业、进工地，现场受理职工诉求', now(), now()
     FROM activity_type t WHERE t.code = 'LEGAL_AID'`,
    [xuyi],
  );
  ctx.log(`rights cases: ${cases.id?.length ?? 0} cases`);
}
