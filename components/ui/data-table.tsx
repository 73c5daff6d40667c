// A small generic table: each module supplies its columns; the table renders
// rows, sortable headers (links that set `sort` in the URL) and an empty state.
// Server-renderable: cell renderers are plain functions.
// Long and wide tables: the table scrolls inside a box at most a screen high,
// its header row stays visible and its first column stays fixed, so no column
// is ever hidden sideways out of reach (wrap or truncate wide text with a title).
import type { ReactNode } from "react";
import { TableRows } from "./table-rows";
import { SortLink, type SortState } from "./sort-link";
import { compactNode, definedProps } from "./compact-node";
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
 * A long name in a cell, cut to the kit's width (`clip` in globals.css: 16rem,
 * "sm" 12rem for a table with many columns); an empty value shows the dash. The
 * whole name is in the cell's text for screen readers, and TableRows gives a cut
 * one its title when the pointer reaches it, rather than every row sending the
 * name twice more (title and payload).
 */
export const clip = (value: string | null | undefined, width: "sm" | "md" = "md") => <span className={width === "sm" ? "clip clip-sm" : "clip"}>{text(value)}</span>;

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

/** A column's class for its body cells: a fixed width (`w-10`) sets the column from its header cell alone (a minimum width does not: Chrome honours it on the body cells only). */
function bodyClass(className: string | undefined): string | undefined {
  return className?.split(" ").filter((t) => !t.startsWith("w-")).join(" ") || undefined;
}

function Rows<T>({ columns, rows, rowKey }: Pick<Props<T>, "columns" | "rows" | "rowKey">) {
  const { templates, rows: packed } = packRows(rows.map(rowKey), rows.map((row) => columns.map((c) => compactNode(c.cell(row)))));
  return (
    <TableRows
      cols={columns.map((c, i) => ({ k: c.key, ...definedProps({ c: bodyClass(c.className), h: c.rowHeader ? (1 as const) : undefined }), t: templates[i] }))}
      rows={packed}
    />
  );
}

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
              // Only the attributes that are set: an undefined one is still sent in the page's React payload.
              if (!(c.sort && sort)) return <th key={c.key} scope="col" {...definedProps({ className: c.className })}>{c.header}</th>;
              const state: SortState = sort.current === c.sort.asc ? "ascending" : sort.current === c.sort.desc ? "descending" : "none";
              // aria-sort on the one column the table is sorted by (WAI-ARIA: one header at a time).
              return (
                <th key={c.key} scope="col" {...definedProps({ "aria-sort": state === "none" ? undefined : state, className: c.className })}>
                  <SortLink href={sort.hrefFor(state === "ascending" ? c.sort.desc : c.sort.asc)} label={c.header} state={state} />
                </th>
              );
            })}
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr data-empty="">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          </tbody>
        ) : (
          <Rows columns={columns} rows={rows} rowKey={rowKey} />
        )}
      </table>
    </div>
  );
}
