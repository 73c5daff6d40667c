import "server-only";
// 常用功能 on 首页: the modules the staff member has written to most in the
// last 90 days, read from their own audit entries (every write is audited).
import { db } from "../db/client";
import type { Actor } from "../auth/actor";

/** Audited entity types by the module page where they are kept. */
const MODULES: { href: string; label: string; entities: string[] }[] = [
  { href: "/members", label: "会员管理", entities: ["member", "member_transfer_request", "profile_change_request"] },
  { href: "/orgs", label: "组织体系", entities: ["organisation"] },
  { href: "/honours", label: "劳模工匠", entities: ["honour", "model_worker_service", "mentorship"] },
  { href: "/studios", label: "创新工作室", entities: ["studio", "studio_achievement"] },
  { href: "/assist-orders", label: "助企行", entities: ["assist_order"] },
  { href: "/trainings", label: "技能培训", entities: ["training_session", "training_enrolment"] },
  { href: "/competitions", label: "劳动和技能竞赛", entities: ["competition", "competition_entry"] },
  { href: "/activities", label: "工作台账", entities: ["activity_record", "activity_attachment"] },
  { href: "/assistance", label: "困难帮扶", entities: ["hardship_file", "grant", "fund"] },
  { href: "/rights-cases", label: "维权服务", entities: ["rights_case"] },
  { href: "/contracts", label: "集体合同", entities: ["contract"] },
  { href: "/enterprises", label: "企业名录", entities: ["enterprise"] },
  { href: "/reform", label: "产改任务", entities: ["reform_plan", "reform_task", "reform_unit", "reform_report", "reform_meeting", "reform_decision"] },
  { href: "/reports", label: "报送审核", entities: ["period_report"] },
];

export type FrequentModule = { href: string; label: string; uses: number };

export async function frequentModules(actor: Actor, limit = 4): Promise<FrequentModule[]> {
  const since = new Date(Date.now() - 90 * 86_400_000);
  const rows = await db.auditLog.groupBy({ by: ["entityType"], where: { actorId: actor.userId, at: { gte: since } }, _count: { _all: true } });
  const uses = new Map(rows.map((r) => [r.entityType, r._count._all]));
  return MODULES.map((m) => ({ href: m.href, label: m.label, uses: m.entities.reduce((n, e) => n + (uses.get(e) ?? 0), 0) }))
    .filter((m) => m.uses > 0)
    .sort((a, b) => b.uses - a.uses)
    .slice(0, limit);
}
