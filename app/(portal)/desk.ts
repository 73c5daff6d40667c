import "server-only";
// The desk on 首页: what awaits the staff member across modules, each with a
// count and a link to where it is done. A module adds its items by adding a
// source here (e.g. reform tasks, reports due): one async function from the
// actor and the current scope to its entries.
import { canWrite, type Actor } from "@/lib/auth/actor";
import { getQueue } from "@/lib/assistance/queue";
import { countReminders } from "@/lib/contracts/queries";
import { countPendingChangeRequests } from "@/lib/self-service/profile";
import { countPendingApplications } from "@/lib/members/join";
import { EXPIRY_WINDOW_DAYS } from "@/lib/contracts/labels";

export type DeskEntry = { key: string; label: string; count: number; href: string; hint?: string };
type DeskSource = (actor: Actor, scope: { id: number }) => Promise<DeskEntry[]>;

const SOURCES: DeskSource[] = [
  async (actor, scope) => {
    const q = await getQueue(actor, { orgId: scope.id });
    return [
      { key: "grants", label: "待办理的救助申请", count: q.grants.reduce((n, g) => n + g.total, 0), href: "/assistance/queue", hint: "可由您提交、审核、审批、公示或发放" },
      { key: "hardship-pending", label: "待核实的困难职工档案", count: q.pendingVerification.total, href: "/assistance/queue" },
      { key: "hardship-review", label: "复核到期的困难职工档案", count: q.reviewDue.total, href: "/assistance/hardship?reviewDue=1", hint: "超过12个月未复核" },
    ];
  },
  async (actor, scope) => [{ key: "member-applications", label: "待审核的网上入会申请", count: await countPendingApplications(actor, scope.id), href: "/members/applications?status=PENDING", hint: "职工网上申请，同意后生成激活码" }],
  async (actor) => [{ key: "change-requests", label: "会员信息更正申请", count: await countPendingChangeRequests(actor), href: "/members/change-requests", hint: "会员网上提交，待核实更正" }],
  async (actor, scope) => {
    const r = await countReminders(actor, scope.id);
    return [
      { key: "contracts-expiring", label: `${EXPIRY_WINDOW_DAYS}天内到期的集体合同`, count: r.expiring, href: "/contracts/reminders", hint: "请及时启动续订协商" },
      { key: "contracts-lapsed", label: "已过期限待标记的集体合同", count: r.lapsed, href: "/contracts?lapsed=true" },
    ];
  },
];

/** Everything awaiting the actor (writers only: leaders read, they have no desk). */
export async function loadDesk(actor: Actor, scope: { id: number }): Promise<DeskEntry[]> {
  if (!canWrite(actor)) return [];
  return (await Promise.all(SOURCES.map((s) => s(actor, scope)))).flat();
}
