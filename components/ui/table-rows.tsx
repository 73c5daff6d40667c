"use client";
// The body rows of DataTable. The server computes each cell's content, as plain
// data (compact-node.ts), and this component wraps it in <tr>/<td> on both the
// server's HTML pass and the client: a server-rendered <td> and its content would
// be sent as React elements, ~300 bytes a row more, and outlined into separate
// payload chunks beyond the first few rows.
import { Fragment, createElement, isValidElement, type ReactNode } from "react";
import type { CompactNode } from "./compact-node";

/** A column as the rows need it: its key, its class, and whether it heads the row. */
export type RowColumn = { k: string; c?: string; h?: 1 };

function expand(node: CompactNode): ReactNode {
  if (!Array.isArray(node)) return node as ReactNode;
  const [tag, props, ...children] = node as [string, Record<string, unknown>, ...CompactNode[]];
  const kids = children.map(expand);
  // "" is a fragment: its children spread, so they need no keys.
  return createElement(tag === "" ? Fragment : tag, tag === "" ? null : props, ...kids);
}

/** Each row: its key, then one content per column. */
export function TableRows({ cols, rows }: { cols: RowColumn[]; rows: [string | number, ...CompactNode[]][] }) {
  return rows.map(([key, ...cells]) => (
    <tr key={key}>
      {cols.map((col, i) => {
        const content = isValidElement(cells[i]) ? (cells[i] as ReactNode) : expand(cells[i]);
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
  ));
}
