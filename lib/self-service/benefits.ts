import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { forbidden } from "../errors";
import { toDateOnly } from "../dates";
import { GRANT_KIND_LABELS } from "../assistance/labels";
import { listServedOrders } from "../assist-orders/queries";
import { ASSIST_STATUS_LABELS } from "../assist-orders/labels";

export type BenefitKind = "TRAINING" | "CERTIFICATE" | "SUBSIDY" | "COMPETITION" | "HONOUR" | "SERVICE" | "ASSISTANCE" | "ASSIST_ORDER";

export type BenefitItem = {
  kind: BenefitKind;
  date: string;
  title: string;
  detail: string | null;
  /** Yuan with two decimals, for money received. */
  amount: string | null;
};

const OUTCOME = { ENROLLED: "已报名", COMPLETED: "已结业", CERTIFIED: "取得职业资格证书", SUBSIDY_GRANTED: "学历提升补助已发放", DROPPED: "未完成" } as const;
const CERT = { LEVEL_5: "初级工（五级）", LEVEL_4: "中级工（四级）", LEVEL_3: "高级工（三级）", LEVEL_2: "技师（二级）", LEVEL_1: "高级技师（一级）" } as const;
const AWARD = { FIRST: "一等奖", SECOND: "二等奖", THIRD: "三等奖", EXCELLENCE: "优秀奖" } as const;
const HONOUR_LEVEL = { NATIONAL: "全国", PROVINCIAL: "省级", CITY: "市级", COUNTY: "县级" } as const;
const SERVICE = { HEALTH_CHECK: "劳模体检", RECUPERATION: "劳模疗休养", SERVICE_CARD: "劳模服务卡", VISIT: "走访慰问", OTHER: "其他服务" } as const;

const money = (d: Prisma.Decimal | null | undefined) => (d == null ? null : d.toFixed(2));

/**
 * Everything a member has received from the union, newest first, with yearly
 * money totals. Reads only the caller's own member record.
 */
export async function getOwnBenefits(actor: Actor) {
  if (actor.role !== "MEMBER" || !actor.memberId) throw forbidden("仅会员本人可以查看");
  const memberId = actor.memberId;
  const [enrolments, entries, honours, services, grants, served] = await Promise.all([
    db.trainingEnrolment.findMany({
      where: { memberId, session: { deletedAt: null } },
      select: { outcome: true, certificateLevel: true, subsidyAmount: true, session: { select: { title: true, startsOn: true, endsOn: true, hours: true } } },
    }),
    db.competitionEntry.findMany({
      where: { memberId, competition: { deletedAt: null } },
      select: { trade: true, rank: true, award: true, competition: { select: { name: true, endsOn: true } } },
    }),
    db.honour.findMany({ where: { memberId, deletedAt: null }, select: { titleText: true, level: true, year: true, awardAmount: true, status: true, awardingBody: true } }),
    db.modelWorkerService.findMany({ where: { memberId, deletedAt: null }, select: { kind: true, servedOn: true, amount: true, notes: true } }),
    db.grant.findMany({ where: { memberId, status: "DISBURSED" }, select: { kind: true, amount: true, disbursedAt: true, updatedAt: true } }),
    listServedOrders(memberId),
  ]);

  const items: BenefitItem[] = [];
  for (const e of enrolments) {
    const date = toDateOnly(e.session.endsOn)!;
    items.push({ kind: "TRAINING", date, title: e.session.title, detail: `${OUTCOME[e.outcome]} · ${e.session.hours.toString()} 学时`, amount: null });
    if (e.outcome === "CERTIFIED" && e.certificateLevel) {
      items.push({ kind: "CERTIFICATE", date, title: `职业资格证书 ${CERT[e.certificateLevel]}`, detail: e.session.title, amount: null });
    }
    if (e.subsidyAmount) items.push({ kind: "SUBSIDY", date, title: "学历提升补助", detail: e.session.title, amount: money(e.subsidyAmount) });
  }
  for (const c of entries) {
    const result = [c.trade, c.rank ? `第${c.rank}名` : null, c.award ? AWARD[c.award] : null].filter(Boolean).join(" · ");
    items.push({ kind: "COMPETITION", date: toDateOnly(c.competition.endsOn)!, title: c.competition.name, detail: result || null, amount: null });
  }
  for (const h of honours) {
    items.push({
      kind: "HONOUR",
      date: `${h.year}-12-31`,
      title: `${HONOUR_LEVEL[h.level]}${h.titleText}${h.status === "NOMINATED" ? "（推荐人选）" : ""}`,
      detail: h.awardingBody,
      amount: h.status === "AWARDED" ? money(h.awardAmount) : null,
    });
  }
  for (const s of services) {
    items.push({ kind: "SERVICE", date: toDateOnly(s.servedOn)!, title: SERVICE[s.kind], detail: s.notes, amount: money(s.amount) });
  }
  for (const g of grants) {
    const date = (g.disbursedAt ?? g.updatedAt).toISOString().slice(0, 10);
    items.push({ kind: "ASSISTANCE", date, title: GRANT_KIND_LABELS[g.kind], detail: "已发放", amount: money(g.amount) });
  }
  // 劳模工匠助企行 orders the member served: what they gave, not money received.
  for (const o of served) {
    const outcome = o.status === "CLOSED" ? `解决问题 ${o.problemsSolved ?? 0} 个，培训职工 ${o.workersTrained ?? 0} 人` : ASSIST_STATUS_LABELS[o.status];
    items.push({ kind: "ASSIST_ORDER", date: toDateOnly(o.closedOn ?? o.requestedOn)!, title: `助企行：${o.enterprise.name}`, detail: `${o.title} · ${outcome}`, amount: null });
  }
  items.sort((a, b) => b.date.localeCompare(a.date));

  const byYear = new Map<string, { year: string; count: number; amount: Prisma.Decimal }>();
  for (const it of items) {
    const year = it.date.slice(0, 4);
    const y = byYear.get(year) ?? { year, count: 0, amount: new Prisma.Decimal(0) };
    y.count += 1;
    if (it.amount) y.amount = y.amount.plus(it.amount);
    byYear.set(year, y);
  }
  const years = [...byYear.values()].sort((a, b) => b.year.localeCompare(a.year)).map((y) => ({ year: y.year, count: y.count, amount: y.amount.toFixed(2) }));
  return { items, years };
}
