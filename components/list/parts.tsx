// The pieces a list page (ListPage) and a list inside a detail page
// (ListSection) share: the filter form, the chips of active filters, and the
// table with its empty state and pagination. Server-rendered: sorting, paging
// and filtering are links and GET forms.
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable, type Column } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";
import { buildHref } from "../url";
import { FilterFormView, type FilterControlData } from "./filter-form-view";
import type { FilterDef, ListData } from "./types";
import { formatNumber } from "../format";
import { TOTALS_CAP } from "@/lib/records/scoped-list";
import { definedProps } from "../ui/compact-node";

/** URL keys that steer the list rather than filter it: never shown as chips. */
const CONTROL_KEYS = new Set(["sort", "orgId", "page", "pageSize", "back"]);

export type ListEmpty = { none: string; noneHint?: string; filtered: string; filteredHint?: string; action?: ReactNode };

function chipValue(f: FilterDef | undefined, value: string): string {
  if (f?.display) return f.display(value);
  if (f && "checkbox" in f) return value === (f.value ?? "true") ? "是" : value;
  if (f && "options" in f) return f.options.find((o) => o.value === value)?.label ?? value;
  return value;
}

/** A filter as the form's data: only the fields that are set (each undefined one would be sent as "$undefined"). */
function controlData(f: FilterDef, value: string | undefined): FilterControlData | null {
  const wide = f.wide ? (true as const) : undefined;
  if ("hidden" in f) return value ? { kind: "hidden", name: f.name, value } : null;
  if ("checkbox" in f) {
    const on = f.value ?? "true";
    return { kind: "check", name: f.name, label: f.label, value: on, ...definedProps({ checked: value === on ? (true as const) : undefined }) };
  }
  if ("render" in f) return { kind: "node", name: f.name, node: f.render(value), ...definedProps({ wide }) };
  if ("options" in f) return { kind: "select", name: f.name, label: f.label, all: f.all, options: f.options.map((o) => [o.value, o.label]), ...definedProps({ value, wide }) };
  return { kind: "input", name: f.name, label: f.label, ...definedProps({ value, wide, type: f.type, placeholder: f.placeholder, maxLength: f.maxLength }) };
}

/** The filter form: the list's controls, the carried URL state (sort, size, scope, back) hidden, 查询 and 重置. */
export function FilterForm({ list, filters, label }: { list: ListData; filters: FilterDef[]; label: string }) {
  const { path, input, state, scope } = list;
  const carried = ["sort", "pageSize", "back", ...(scope.explicit ? ["orgId"] : [])].filter((k) => state[k]).map((k): [string, string] => [k, state[k]]);
  const resetHref = buildHref(path, { orgId: scope.explicit ? input.orgId : undefined, back: state.back, pageSize: state.pageSize });
  const controls = filters.map((f) => controlData(f, input[f.name])).filter((c) => c !== null);
  return <FilterFormView action={path} label={label} carried={carried} controls={controls} resetHref={resetHref} />;
}

/** Chips of the active filters, each with its own ×; the organisation when it is not the home scope; 返回数据看板 after a drill-down. */
export function FilterChips({ list, filters, className }: { list: ListData; filters: FilterDef[]; className?: string }) {
  const { path, input, state, scope } = list;
  const byName = new Map(filters.map((f) => [f.name, f]));
  const chips = list.keys.filter((k) => !CONTROL_KEYS.has(k) && input[k]).map((k) => ({ key: k, label: byName.get(k)?.label ?? k, value: chipValue(byName.get(k), input[k]) }));
  if (!chips.length && !scope.explicit && !list.back) return null;
  return (
    <div aria-label="当前筛选" role="group" className={`flex flex-wrap items-center gap-2 text-sm ${className ?? ""}`}>
      {list.back && (
        <Link href={list.back} className="mr-1 text-sky-800 hover:underline">
          ← 返回数据看板
        </Link>
      )}
      {scope.explicit && <Chip label="组织" value={scope.name} removeHref={buildHref(path, { ...state, orgId: undefined })} />}
      {chips.map((c) => (
        <Chip key={c.key} label={c.label} value={c.value} removeHref={buildHref(path, state, { [c.key]: undefined })} />
      ))}
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

/** The table (sortable headers in the URL), its empty state, and pagination with page size and jump. */
export function ListTable<T>(props: {
  list: ListData;
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  caption: string;
  unit: string;
  empty: ListEmpty;
  /** A line beside the pagination (totals of the filtered set in words). */
  summary?: ReactNode;
  paginationLabel: string;
}) {
  const { list, empty } = props;
  const { path, state, result, problem } = list;
  return (
    <>
      <DataTable
        caption={props.caption}
        columns={props.columns}
        rows={result.data as T[]}
        rowKey={props.rowKey}
        sort={{ current: list.sort.current, hrefFor: (s) => buildHref(path, state, { sort: s === list.sort.default ? undefined : s }) }}
        empty={
          <EmptyState
            title={problem ? "无法查询" : list.hasFilters ? empty.filtered : empty.none}
            description={problem ? "请修改查询条件后重试。" : list.hasFilters ? (empty.filteredHint ?? "请调整搜索词或筛选条件。") : empty.noneHint}
            action={problem || list.hasFilters ? undefined : empty.action}
          />
        }
      />
      <div className="pager-bar">
        {props.summary ? <p className="text-sm text-muted">{props.summary}</p> : null}
        <div className="min-w-0 flex-1">
          <Pagination pathname={path} params={state} page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} unit={props.unit} label={props.paginationLabel} sizes />
        </div>
      </div>
    </>
  );
}

/** Why a list shows no totals: its filtered set passed TOTALS_CAP (lib/records/scoped-list.ts). */
export const TOTALS_CAPPED_TEXT = `符合条件的记录超过 ${formatNumber(TOTALS_CAP)} 条，列表不再逐条合计：按年度、地区等缩小范围后可见合计，全范围的统计请看数据看板。`;

/** In place of a list's total tiles when they were not computed. */
export function TotalsCapped() {
  return (
    <p role="note" className="mb-4 text-sm text-muted">
      {TOTALS_CAPPED_TEXT}
    </p>
  );
}
