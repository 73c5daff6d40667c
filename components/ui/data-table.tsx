// A small generic table: each module supplies its columns; the table renders
// rows, sortable headers (links that set `sort` in the URL) and an empty state.
// Server-renderable: cell renderers are plain functions.
// Long and wide tables: the table scrolls inside a box at most a screen high,
// its header row stays visible and its first column stays fixed, so no column
// is ever hidden sideways out of reach (wrap or truncate wide text with a title).
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
  /** Sort values for ascending and descending, e.g. { asc: "name", desc: "-name" }. */
  sort?: { asc: string; desc: string };
  /** Row header (th scope=row), usually the name column. */
  rowHeader?: boolean;
};

type Props<T> = {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  caption: string;
  /** Visually hide the caption (it still names the table). */
  hideCaption?: boolean;
  empty?: ReactNode;
  sort?: { current: string; hrefFor: (sort: string) => string };
};

function SortHeader({ label, sort, current, hrefFor }: { label: ReactNode; sort: { asc: string; desc: string }; current: string; hrefFor: (s: string) => string }) {
  const state = current === sort.asc ? "ascending" : current === sort.desc ? "descending" : "none";
  const nextSort = state === "ascending" ? sort.desc : sort.asc;
  const arrow = state === "ascending" ? "↑" : state === "descending" ? "↓" : "↕";
  return (
    <Link href={hrefFor(nextSort)} className="inline-flex items-center gap-1 hover:text-brand" scroll={false}>
      {label}
      <span aria-hidden="true" className={cn("text-xs", state === "none" ? "text-gray-400" : "text-brand")}>
        {arrow}
      </span>
      <span className="sr-only">{state === "ascending" ? "（当前升序，点击改为降序）" : state === "descending" ? "（当前降序，点击改为升序）" : "（点击排序）"}</span>
    </Link>
  );
}

export function DataTable<T>({ columns, rows, rowKey, caption, hideCaption = true, empty, sort }: Props<T>) {
  return (
    <div className="relative max-h-[calc(100vh-7rem)] overflow-auto" tabIndex={0} data-scroll-box="">
      {/* Cell styles come from the `data-table` rules in app/globals.css, not from
          utilities on every cell: a page of 20 rows repeated them ~200 times in its
          HTML and again in its React payload. Cells carry only their column's class. */}
      <table className="data-table">
        <caption className={cn(hideCaption ? "sr-only" : "pb-2 text-left text-sm text-muted")}>{caption}</caption>
        <thead>
          <tr className="text-gray-600">
            {columns.map((c) => {
              const ariaSort = c.sort && sort ? (sort.current === c.sort.asc ? "ascending" : sort.current === c.sort.desc ? "descending" : "none") : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={c.className}>
                  {c.sort && sort ? <SortHeader label={c.header} sort={c.sort} current={sort.current} hrefFor={sort.hrefFor} /> : c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr data-empty="">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={c.className}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
