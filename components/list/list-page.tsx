// The list page shell: title and actions, the scope line, totals, the filter
// card, chips of the active filters (with 返回看板 after a dashboard
// drill-down), the query-parse error, the table with its empty state,
// pagination with page size and jump, and 回到顶部. Server-rendered: links and
// GET forms, so it works without JavaScript. A list page supplies only its
// filters, columns and totals (see README "List and form kits").
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader, type Crumb } from "../ui/page-header";
import { Card } from "../ui/card";
import { Alert } from "../ui/alert";
import { buttonClass } from "../ui/button";
import { DataTable, type Column } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";
import { GetForm } from "../ui/get-form";
import { buildHref } from "../url";
import { Stats, type Stat } from "../programmes/stats";
import { FilterInput, FilterSelect } from "../programmes/filter-fields";
import type { FilterDef, ListData } from "./types";

export type { Column } from "../ui/data-table";
export type { FilterDef } from "./types";

type Props<T> = {
  list: ListData;
  title: string;
  /** Text before the scope line, e.g. "实名制会员名册". */
  description?: ReactNode;
  breadcrumbs?: Crumb[];
  /** Buttons beside the title (新建 …); the export link comes from `exportPath`. */
  actions?: ReactNode;
  /** The list's export route: linked with the current filters (not sort or page). */
  exportPath?: string;
  stats?: Stat[];
  filters?: FilterDef[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  /** Names the table for screen readers (default: the title). */
  caption?: string;
  /** Unit of the total, e.g. "人", "项". */
  unit?: string;
  /** Empty states: none recorded at all, and none matching the filters. */
  empty: { none: string; noneHint?: string; filtered: string; filteredHint?: string; action?: ReactNode };
  /** Anything between the filters and the table (a notice, a batch-action bar …). */
  children?: ReactNode;
};

const CONTROL_KEYS = new Set(["sort", "orgId", "page", "pageSize", "back"]);

function chipValue(f: FilterDef | undefined, value: string): string {
  if (f?.display) return f.display(value);
  if (f && "options" in f) return f.options.find((o) => o.value === value)?.label ?? value;
  return value;
}

function FilterControl({ f, value }: { f: FilterDef; value?: string }) {
  if ("hidden" in f) return value ? <input type="hidden" name={f.name} value={value} /> : null;
  const wide = f.wide ? "sm:col-span-2" : undefined;
  if ("render" in f) return <div className={wide}>{f.render(value)}</div>;
  if ("options" in f)
    return (
      <div className={wide}>
        <FilterSelect name={f.name} label={f.label} value={value} all={f.all} options={[...f.options]} />
      </div>
    );
  return <FilterInput name={f.name} label={f.label} value={value} type={f.type ?? "text"} placeholder={f.placeholder} className={wide} />;
}

export function ListPage<T>({ list, title, description, breadcrumbs, actions, exportPath, stats, filters = [], columns, rowKey, caption, unit = "条", empty, children }: Props<T>) {
  const { path, input, state, result, problem, scope } = list;
  const homeState = { ...state, orgId: undefined };
  const exportHref = exportPath && buildHref(exportPath, { ...state, orgId: input.orgId ?? scope.home.id, sort: undefined, pageSize: undefined, back: undefined });
  const byName = new Map(filters.map((f) => [f.name, f]));
  const chips = list.keys.filter((k) => !CONTROL_KEYS.has(k) && input[k]).map((k) => ({ key: k, label: byName.get(k)?.label ?? k, value: chipValue(byName.get(k), input[k]) }));
  const carried = ["sort", "pageSize", "back", ...(scope.explicit ? ["orgId"] : [])].filter((k) => state[k]);
  const resetHref = buildHref(path, { orgId: scope.explicit ? input.orgId : undefined, back: state.back, pageSize: state.pageSize });

  return (
    <div id="list-top">
      <PageHeader
        title={title}
        breadcrumbs={breadcrumbs}
        description={
          <>
            {description}
            {description ? " · " : ""}范围：
            <Link href={`/orgs/${scope.id}`} className="text-sky-800 hover:underline">
              {scope.name}
            </Link>
          </>
        }
        actions={
          (exportHref || actions) && (
            <>
              {exportHref && (
                <a href={exportHref} className={buttonClass("secondary")} download>
                  导出 Excel
                </a>
              )}
              {actions}
            </>
          )
        }
      />
      {stats && <Stats items={stats} />}
      {filters.length > 0 && (
        <Card className="mb-4" aria-label="查询条件">
          <GetForm action={path} role="search" aria-label={`${title}查询`} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {carried.map((k) => (
              <input key={k} type="hidden" name={k} value={state[k]} />
            ))}
            {filters.map((f) => (
              <FilterControl key={f.name} f={f} value={input[f.name]} />
            ))}
            <div className="flex items-end gap-2">
              <button type="submit" className={buttonClass("primary")}>
                查询
              </button>
              <Link href={resetHref} className={buttonClass("secondary")}>
                重置
              </Link>
            </div>
          </GetForm>
        </Card>
      )}
      {(chips.length > 0 || scope.explicit || list.back) && (
        <div aria-label="当前筛选" role="group" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          {list.back && (
            <Link href={list.back} className="mr-1 text-sky-800 hover:underline">
              ← 返回数据看板
            </Link>
          )}
          {scope.explicit && <Chip label="组织" value={scope.name} removeHref={buildHref(path, homeState)} />}
          {chips.map((c) => (
            <Chip key={c.key} label={c.label} value={c.value} removeHref={buildHref(path, state, { [c.key]: undefined })} />
          ))}
        </div>
      )}
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      {children}
      <Card bodyClassName="p-0">
        <DataTable
          caption={caption ?? title}
          columns={columns}
          rows={result.data as T[]}
          rowKey={rowKey}
          sort={{ current: list.sort.current, hrefFor: (s) => buildHref(path, state, { sort: s === list.sort.default ? undefined : s }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : list.hasFilters ? empty.filtered : empty.none}
              description={problem ? "请修改查询条件后重试。" : list.hasFilters ? (empty.filteredHint ?? "请调整搜索词或筛选条件。") : empty.noneHint}
              action={problem || list.hasFilters ? undefined : empty.action}
            />
          }
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={path} params={state} page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} unit={unit} label={`${title}分页`} sizes />
        </div>
      </Card>
      {result.data.length >= 20 && (
        <p className="no-print mt-3 text-right text-sm">
          <a href="#list-top" className="text-sky-800 hover:underline">
            回到顶部 ↑
          </a>
        </p>
      )}
    </div>
  );
}

function Chip({ label, value, removeHref }: { label: string; value: string; removeHref: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-sky-200 bg-sky-50 py-0.5 pl-3 pr-1 text-sky-900">
      {label}：{value}
      <Link href={removeHref} className="rounded-full px-1.5 text-sky-700 hover:bg-sky-100" aria-label={`取消筛选：${label}`} title="取消此条件">
        ×
      </Link>
    </span>
  );
}
