import "server-only";
// Loads a list page: the URL state (only the keys the list knows, so stray
// params never break the strict query schema), parsed with the list's one
// query schema (the API's own), the query run in the caller's scope, and the
// organisation actually filtered on. Bad input, an out-of-scope organisation or
// a query past the time limit becomes a message on the page, never a crash.
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { problemOf } from "../problem";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { fieldErrors, type z } from "@/lib/validation/zod";
import { flattenSearchParams } from "../url";
import type { ListData, ListResult, ListSpec } from "./types";

type SearchParams = Record<string, string | string[] | undefined>;

/** Keys every list carries besides its own filters. */
const COMMON_KEYS = ["page", "pageSize", "back"] as const;

/** A dashboard drill-down carries `back` (or arrives with the dashboard as referrer): only a dashboard path is kept. */
function backLink(raw: string | undefined, referer: string | null): string | null {
  const ok = (p: string | undefined | null) => !!p && /^\/dashboard(?:[/?]|$)/.test(p) && !p.startsWith("//");
  if (ok(raw)) return raw!;
  if (!referer) return null;
  try {
    const u = new URL(referer);
    const path = u.pathname + u.search;
    return ok(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * `beside`: figures of the organisation filtered on that the page shows above
 * its list (建会率, reminders), read at the same time as the list rather than
 * after it; null when the query is refused.
 */
export async function loadList<S extends z.ZodType, R extends ListResult, B = never>(
  spec: ListSpec<S>,
  searchParams: SearchParams | Promise<SearchParams>,
  ctx: { actor: Actor; scope: { id: number; name: string } },
  fetch: (q: z.output<S>) => Promise<R>,
  empty: Omit<R, keyof ListResult> & Partial<ListResult>,
  beside?: (orgId: number) => Promise<B>,
): Promise<ListData<z.output<S>, R> & { beside: B | null }> {
  const raw = flattenSearchParams(await searchParams);
  const known = [...spec.keys, ...COMMON_KEYS] as readonly string[];
  const input: Record<string, string> = Object.fromEntries(Object.entries(raw).filter(([k]) => known.includes(k)));
  // A mangled page number or size just means the first page at the default size.
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;
  if (input.pageSize && !["20", "50", "100"].includes(input.pageSize)) delete input.pageSize;
  const back = backLink(input.back, spec.scoped === false ? null : (await headers()).get("referer"));
  delete input.back;

  const scoped = spec.scoped !== false;
  const queryInput = { ...input, ...(scoped ? { orgId: input.orgId ?? String(ctx.scope.id) } : {}) };
  const state: Record<string, string> = Object.fromEntries(Object.entries(input).filter(([k]) => k !== "page"));
  if (back) state.back = back;

  const defaultSort = typeof spec.defaultSort === "function" ? spec.defaultSort(input) : spec.defaultSort;
  const fallback = { data: [], total: 0, page: 1, pageSize: Number(input.pageSize ?? 20), ...empty } as unknown as R;
  let result = fallback;
  let problem: string | null = null;
  let query: z.output<S> | null = null;
  let org = { id: ctx.scope.id, name: ctx.scope.name };
  let besideResult: B | null = null;

  const parsed = spec.schema.safeParse(queryInput);
  if (!parsed.success) problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;
  else {
    query = parsed.data;
    const orgId = scoped ? (parsed.data as { orgId?: number }).orgId : undefined;
    try {
      const [r, o, b] = await Promise.all([
        fetch(parsed.data),
        orgId && orgId !== ctx.scope.id ? resolveScopeRoot(ctx.actor, orgId) : Promise.resolve(org),
        beside?.(orgId || ctx.scope.id),
      ]);
      result = r;
      org = { id: o.id, name: o.name };
      besideResult = b ?? null;
    } catch (e) {
      problem = problemOf(e);
    }
  }
  const current = (result as { sort?: string }).sort ?? (query as { sort?: string } | null)?.sort ?? defaultSort ?? "";
  const hasFilters = spec.keys.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  return {
    path: spec.path,
    keys: spec.keys,
    input,
    state,
    query,
    result,
    problem,
    hasFilters,
    back,
    scope: { id: org.id, name: org.name, explicit: scoped && !!input.orgId && org.id !== ctx.scope.id, home: ctx.scope },
    sort: { current, default: defaultSort ?? current },
    beside: besideResult,
  };
}
