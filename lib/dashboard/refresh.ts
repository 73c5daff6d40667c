// An administrator's "refresh now": rebuilds the rollup synchronously, so the
// figures of counties and above reflect every record entered so far.
import "server-only";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden } from "../errors";
import { todayCST } from "../dates";
import { refreshRollup } from "./facts";

export async function refreshDashboard(actor: Actor) {
  if (actor.role !== "ADMIN") throw forbidden("只有管理员可以刷新数据看板");
  const state = await refreshRollup(todayCST());
  if (!state) throw conflict("数据看板正在由其他进程刷新，请稍后再试");
  await audit(actor, { action: "dashboard.refresh", entityType: "dashboard", orgId: actor.orgId, details: { durationMs: state.durationMs } });
  return { refreshedAt: state.refreshedAt.toISOString(), durationMs: state.durationMs, cutoff: state.cutoff };
}
