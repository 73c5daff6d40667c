// Search functions for the pickers, over the JSON API (which applies the caller's scope).
import type { MemberListItem } from "@/lib/members/schema";
import type { Org } from "@/lib/orgs/schema";
import type { OrgKind, OrgLevel } from "@/lib/orgs/labels";
import { apiRequest } from "../api";
import { kindLabel, levelLabel } from "../format";
import type { SearchFn } from "./entity-picker";

/**
 * What tells fifteen people called 张磊 apart: their union and birth YEAR (never
 * the birth date, which is personal data), then the masked ID number.
 */
export function memberHint(m: Pick<MemberListItem, "orgName" | "idMasked"> & { birthDate?: string | null }): string {
  return [m.orgName, m.birthDate ? `${m.birthDate.slice(0, 4)}年生` : null, m.idMasked].filter(Boolean).join(" · ");
}

/** Members by name prefix, phone prefix or full ID number, within an organisation. */
export function memberSearch(within?: number): SearchFn {
  return async (q, signal) => {
    if (!q) return { items: [], error: "请输入姓名、手机号或身份证号" };
    const sp = new URLSearchParams({ q, pageSize: "15", status: "ACTIVE" });
    if (within) sp.set("orgId", String(within));
    const r = await apiRequest<{ data: MemberListItem[] }>(`/api/v1/members?${sp}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.map((m) => ({ id: m.id, name: m.name, hint: memberHint(m) })), error: null };
  };
}

export type OrgFilter = { level: OrgLevel; kind?: OrgKind };

/** Active organisations within a subtree whose name contains `q`: one request per filter, or one for any level. */
async function findOrgs(q: string, within: number | undefined, filters: readonly (OrgFilter | undefined)[], signal: AbortSignal) {
  const results = await Promise.all(
    filters.map((f) => {
      const sp = new URLSearchParams({ pageSize: "20", status: "ACTIVE" });
      if (q) sp.set("q", q);
      if (within) sp.set("within", String(within));
      if (f?.level) sp.set("level", f.level);
      if (f?.kind) sp.set("kind", f.kind);
      return apiRequest<{ data: Org[] }>(`/api/v1/organisations?${sp}`, { signal });
    }),
  );
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { orgs: [], error: failed.error.message };
  return { orgs: results.flatMap((r) => (r.ok ? r.data.data : [])), error: null };
}

/** Organisations of any level (or the given levels) within a subtree, by name. */
export function orgSearch(within?: number, levels?: readonly OrgLevel[]): SearchFn {
  return async (q, signal) => {
    const { orgs, error } = await findOrgs(q, within, levels?.length ? levels.map((level) => ({ level })) : [undefined], signal);
    return { items: orgs.map((o) => ({ id: String(o.id), name: o.name, hint: levelLabel(o.level) })), error };
  };
}

/**
 * Unions of the given (level, kind) pairs within a subtree, names starting with
 * the query first; `excludeId` (e.g. the member's current union) is left out.
 */
export function unionSearch(within: number | undefined, filters: readonly OrgFilter[], excludeId?: number): SearchFn {
  return async (q, signal) => {
    const { orgs, error } = await findOrgs(q, within, filters, signal);
    const items = orgs
      .filter((o) => o.id !== excludeId)
      .sort((a, b) => {
        const pa = q && a.name.startsWith(q) ? 0 : 1;
        const pb = q && b.name.startsWith(q) ? 0 : 1;
        return pa - pb || a.name.localeCompare(b.name, "zh-CN");
      });
    return { items: items.map((o) => ({ id: String(o.id), name: o.name, hint: `${levelLabel(o.level)} · ${kindLabel(o.kind)}` })), error };
  };
}

/** Enterprises of the register within the caller's scope, by name or credit code. */
export function enterpriseSearch(): SearchFn {
  return async (q, signal) => {
    if (!q) return { items: [], error: "请输入企业名称或统一社会信用代码" };
    const r = await apiRequest<{ data: { id: string; name: string; areaName: string }[] }>(`/api/v1/enterprises?${new URLSearchParams({ q, pageSize: "15" })}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.map((e) => ({ id: e.id, name: e.name, hint: e.areaName })), error: null };
  };
}
