"use client";
// The body rows of DataTable. The server computes each cell's content, as plain
// data (compact-node.ts) packed into a template per column and each row's
// differences (row-pack.ts), and this component wraps it in <tr>/<td> on both
// the server's HTML pass and the client (and the <tbody>, for its pointer handler): a server-rendered <td> and its content
// would be sent as React elements, ~300 bytes a row more, and outlined into
// separate payload chunks beyond the first few rows.
import { Fragment, createElement, isValidElement, type PointerEvent, type ReactNode } from "react";
import type { CompactNode } from "./compact-node";
import { unpackCell, type PackedRow } from "./row-pack";

/** A column as the rows need it: its key, its class, whether it heads the row, and its cells' template. */
export type RowColumn = { k: string; c?: string; h?: 1; t: CompactNode };

function expand(node: CompactNode): ReactNode {
  if (!Array.isArray(node)) return node as ReactNode;
  const [tag, props, ...children] = node as [string, Record<string, unknown>, ...CompactNode[]];
  const kids = children.map(expand);
  // "" is a fragment: its children spread, so they need no keys.
  return createElement(tag === "" ? Fragment : tag, tag === "" ? null : props, ...kids);
}

/** A name cut short by `clip` gets its whole text as a tooltip when the pointer reaches it. */
function titleClipped(e: PointerEvent<HTMLElement>) {
  const el = (e.target as Element).closest?.(".clip");
  if (el instanceof HTMLElement && !el.title && el.scrollWidth > el.clientWidth) el.title = el.textContent ?? "";
}

/** The table's body: each row its key, then the values its columns' templates take. */
export function TableRows({ cols, rows }: { cols: RowColumn[]; rows: PackedRow[] }) {
  return (
    <tbody onPointerOver={titleClipped}>
      {rows.map((row) => (
        <tr key={row[0]}>
          {cols.map((col) => {
            const cell = unpackCell(col.t, row);
            const content = isValidElement(cell) ? (cell as ReactNode) : expand(cell);
            return col.h ? (
              <th key={col.k} scope="row" className={col.c}>
                {content}
              </th>
            ) : (
              <td key={col.k} className={col.c}>
                {content}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}
