// A small generic table: each module supplies its columns; the table renders
// rows, sortable headers (links that set `sort` in the URL) and an empty state.
// Server-renderable: cell renderers are plain functions.
// Long and wide tables: the table scrolls inside a box at most a screen high,
// its header row stays visible and its first column stays fixed, so no column
// is ever hidden sideways out of reach (wrap or truncate wide text with a title).
import Link from "next/link";
import type { ReactNode } from "react";
import { TableRows } from "./table-rows";
import { compactNode } from "./compact-node";
import { packRows } from "./row-pack";
import { text } from "../format";

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

/**
 * A long name in a cell, cut to the kit's width (`clip` in globals.css) with
 * the whole of it in the title; an empty value shows the dash.
 */
export const clip = (value: string | null | undefined) => (
  <span className="clip" title={value ?? ""}>
    {text(value)}
  </span>
);

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
    <Link href={hrefFor(nextSort)} className="sort-link" scroll={false}>
      {label}
      {state === "none" ? <span aria-hidden="true">{arrow}</span> : <span aria-hidden="true" data-on="">{arrow}</span>}
      <span className="sr-only">{state === "ascending" ? "（当前升序，点击改为降序）" : state === "descending" ? "（当前降序，点击改为升序）" : "（点击排序）"}</span>
    </Link>
  );
}

function Rows<T>({ columns, rows, rowKey }: Pick<Props<T>, "columns" | "rows" | "rowKey">) {
  const { templates, rows: packed } = packRows(rows.map(rowKey), rows.map((row) => columns.map((c) => compactNode(c.cell(row)))));
  return <TableRows cols={columns.map((c, i) => ({ k: c.key, ...(c.className ? { c: c.className } : null), ...(c.rowHeader ? { h: 1 as const } : null), t: templates[i] }))} rows={packed} />;
}

/** A column's class, only when it has one: an undefined prop is still sent in the page's React payload, once per cell. */
const classOf = (c: { className?: string }) => (c.className ? { className: c.className } : null);

export function DataTable<T>({ columns, rows, rowKey, caption, hideCaption = true, empty, sort }: Props<T>) {
  return (
    <div className="table-box" tabIndex={0} data-scroll-box="">
      {/* Cell styles come from the `data-table` rules in app/globals.css, not from
          utilities on every cell: a page of 20 rows repeated them ~200 times in its
          HTML and again in its React payload. Cells carry only their column's class,
          and the rows go to the client as plain arrays, one template per column
          (compact-node.ts, row-pack.ts, TableRows). */}
      <table className="data-table">
        <caption className={hideCaption ? "sr-only" : "pb-2 text-left text-sm text-muted"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const label = c.sort && sort ? <SortHeader label={c.header} sort={c.sort} current={sort.current} hrefFor={sort.hrefFor} /> : c.header;
              if (!(c.sort && sort)) return <th key={c.key} scope="col" {...classOf(c)}>{label}</th>;
              const ariaSort = sort.current === c.sort.asc ? "ascending" : sort.current === c.sort.desc ? "descending" : "none";
              return <th key={c.key} scope="col" aria-sort={ariaSort} {...classOf(c)}>{label}</th>;
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr data-empty="">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            <Rows columns={columns} rows={rows} rowKey={rowKey} />
          )}
        </tbody>
      </table>
    </div>
  );
}
