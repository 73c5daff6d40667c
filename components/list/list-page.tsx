// The list page shell: title and actions, the scope line, totals, the filter
// card, chips of the active filters (with 返回看板 after a dashboard
// drill-down), the query-parse error, the table with its empty state,
// pagination with page size and jump, and 回到顶部. Server-rendered: links and
// GET forms (the page streams in behind its loading.tsx skeleton, which takes
// React's script). A list page supplies only its filters, columns and totals
// (see README "List and form kits").
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader, type Crumb } from "../ui/page-header";
import { Card } from "../ui/card";
import { Alert } from "../ui/alert";
import { buttonClass } from "../ui/button";
import type { Column } from "../ui/data-table";
import { buildHref } from "../url";
import { StatTiles, type Stat } from "../ui/stat-tiles";
import { FilterChips, FilterForm, ListTable, TOTALS_CAPPED_TEXT, TotalsCapped, type ListEmpty } from "./parts";
import { SELECTION_ROOT, type FilterDef, type ListData } from "./types";
import { SelectAll } from "./selection";

export type { Column } from "../ui/data-table";
export { clip } from "../ui/data-table";
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
  /** Tabs or a notice under the title (the module's sub-pages). */
  tabs?: ReactNode;
  /** Totals of the filtered set: tiles (Stat[]) or any element (StatTiles …); null when the list stopped at TOTALS_CAP. */
  stats?: Stat[] | ReactNode | null;
  /** A line beside the pagination (totals of the filtered set in words); null as for `stats`. */
  summary?: ReactNode | null;
  filters?: FilterDef[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  /** Names the table for screen readers (default: the title). */
  caption?: string;
  /** Unit of the total, e.g. "人", "项". */
  unit?: string;
  /** Empty states: none recorded at all, and none matching the filters. */
  empty: ListEmpty;
  /** Anything between the filters and the table (a notice, a batch-action bar …). */
  children?: ReactNode;
  /** Anything under the table (a panel of the module's own). */
  after?: ReactNode;
  /** Row selection: a checkbox per row (named by `label`) and the batch actions that act on the ticked rows. */
  selection?: { label: (row: T) => string; actions: ReactNode };
};

function withSelection<T>(columns: Column<T>[], rowKey: (row: T) => string | number, label: (row: T) => string): Column<T>[] {
  const select: Column<T> = {
    key: "select",
    header: <SelectAll rootId={SELECTION_ROOT} />,
    className: "w-10",
    cell: (row) => <input type="checkbox" value={String(rowKey(row))} aria-label={`选择${label(row)}`} />,
  };
  return [select, ...columns];
}

// Absent parts are null, never undefined: React sends an undefined child or prop
// as "$undefined" in the page's payload (see README "A list page's HTML").
export function ListPage<T>({ list, title, description, breadcrumbs, actions, exportPath, tabs, stats, summary, filters = [], columns, rowKey, caption, unit = "条", empty, children, after, selection }: Props<T>) {
  const { input, state, result, problem, scope } = list;
  // A list past TOTALS_CAP passes null for the totals it did not compute.
  const capped = result.totalCapped === true;
  const exportHref = exportPath && buildHref(exportPath, { ...state, orgId: input.orgId ?? scope.home.id, sort: undefined, pageSize: undefined, back: undefined });
  const table = (
    <ListTable list={list} columns={selection ? withSelection(columns, rowKey, selection.label) : columns} rowKey={rowKey} caption={caption ?? title} unit={unit} empty={empty} summary={summary === null && capped ? TOTALS_CAPPED_TEXT : summary} paginationLabel={`${title}分页`} />
  );
  return (
    <div id="list-top">
      <PageHeader
        title={title}
        breadcrumbs={breadcrumbs}
        description={
          <>
            {description}
            {description ? " · " : ""}范围：
            <Link href={`/orgs/${scope.id}`}>
              {scope.name}
            </Link>
          </>
        }
        actions={
          exportHref || actions ? (
            <>
              {exportHref ? (
                <a href={exportHref} className={buttonClass("secondary")} download>
                  导出 Excel
                </a>
              ) : null}
              {actions || null}
            </>
          ) : null
        }
      />
      {tabs ?? null}
      {/* A query refused or failed computed no totals: its zeros would read as figures. */}
      {problem ? null : stats === null && capped ? <TotalsCapped /> : Array.isArray(stats) ? <StatTiles label="合计" items={stats as Stat[]} compact /> : (stats ?? null)}
      {filters.length > 0 ? (
        <Card className="mb-4" aria-label="查询条件">
          <FilterForm list={list} filters={filters} label={`${title}查询`} />
        </Card>
      ) : null}
      <FilterChips list={list} filters={filters} className="mb-4" />
      {problem ? (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      {children ?? null}
      <Card bodyClassName="p-0">
        {selection && result.data.length > 0 ? (
          // The batch actions sit outside any form, so no key press submits them.
          <div id={SELECTION_ROOT}>
            <div role="group" aria-label="批量操作" className="batch-bar">
              {selection.actions}
            </div>
            {table}
          </div>
        ) : (
          table
        )}
      </Card>
      {after ?? null}
      {result.data.length >= 20 ? (
        <p className="no-print to-top">
          <a href="#list-top">
            回到顶部 ↑
          </a>
        </p>
      ) : null}
    </div>
  );
}
