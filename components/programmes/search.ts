// Search functions for the pickers, over the JSON API (which applies the caller's scope).
import type { MemberDto } from "@/lib/members/schema";
import type { Org } from "@/lib/orgs/schema";
import { apiRequest } from "../api";
import { levelLabel } from "../format";
import type { SearchFn } from "./entity-picker";

/** Members by name prefix, phone prefix or full ID number, within an organisation. */
export function memberSearch(within?: number): SearchFn {
  return async (q, signal) => {
    if (!q) return { items: [], error: "请输入姓名、手机号或身份证号" };
    const sp = new URLSearchParams({ q, pageSize: "15", status: "ACTIVE" });
    if (within) sp.set("orgId", String(within));
    const r = await apiRequest<{ data: MemberDto[] }>(`/api/v1/members?${sp}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.map((m) => ({ id: m.id, name: m.name, hint: `${m.idMasked} · ${m.orgName}` })), error: null };
  };
}

/** Organisations of any level (or the given levels) within a subtree, by name. */
export function orgSearch(within?: number, levels?: readonly string[]): SearchFn {
  return async (q, signal) => {
    const runs = (levels?.length ? levels : [undefined]).map((level) => {
      const sp = new URLSearchParams({ pageSize: "20", status: "ACTIVE" });
      if (q) sp.set("q", q);
      if (within) sp.set("within", String(within));
      if (level) sp.set("level", level);
      return apiRequest<{ data: Org[] }>(`/api/v1/organisations?${sp}`, { signal });
    });
    const results = await Promise.all(runs);
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return { items: [], error: failed.error.message };
    const orgs = results.flatMap((r) => (r.ok ? r.data.data : []));
    return { items: orgs.map((o) => ({ id: String(o.id), name: o.name, hint: levelLabel(o.level) })), error: null };
  };
}
