// The list table's cells as plain data (components/ui/compact-node.ts) and back
// (TableRows): the same markup as rendering the cell itself.
import { describe, expect, it } from "vitest";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compactNode } from "@/components/ui/compact-node";
import { TableRows } from "@/components/ui/table-rows";
import { Badge } from "@/components/ui/badge";
import { RecordLink } from "@/components/list/record-link";

// createElement without its per-component overloads: the test passes children as arguments.
const el = (type: unknown, props: Record<string, unknown>, ...children: ReactNode[]) => createElement(type as string, props, ...children);

const row = (cell: ReactNode) => renderToStaticMarkup(createElement("table", null, createElement("tbody", null, createElement(TableRows, { cols: [{ k: "a" }], rows: [[1, compactNode(cell)]] }))));
const direct = (cell: ReactNode) => renderToStaticMarkup(createElement("table", null, createElement("tbody", null, createElement("tr", null, createElement("td", null, cell)))));

describe("compactNode", () => {
  it("sends host elements as [tag, props, ...children], calling server components for their markup", () => {
    expect(compactNode(el(RecordLink, { href: "/members/1" }, "张三"))).toEqual(["a", { href: "/members/1", className: "record-link" }, "张三"]);
    expect(compactNode(el(Badge, { tone: "green" }, "在会"))).toEqual(["span", { className: "badge badge-green" }, "在会"]);
    expect(compactNode("男")).toBe("男");
    expect(compactNode(null)).toBeNull();
    expect(compactNode(false)).toBeNull();
  });

  it("flattens fragments and arrays, dropping empty children", () => {
    const cell = createElement(Fragment, null, "2026-01-02", false, createElement("span", { className: "text-muted" }, " 至 ", "01-05"), null);
    expect(compactNode(cell)).toEqual(["", {}, "2026-01-02", ["span", { className: "text-muted" }, " 至 ", "01-05"]]);
  });

  it("keeps an async server component or a client component as the element it is", () => {
    async function Later() {
      return null;
    }
    const asyncEl = createElement(Later);
    expect(compactNode(asyncEl)).toBe(asyncEl);
    const Client = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference") });
    const clientEl = createElement(Client);
    expect(compactNode(clientEl)).toBe(clientEl);
  });

  it("renders the same HTML through TableRows as the cell rendered directly", () => {
    const cells: ReactNode[] = [
      el(RecordLink, { href: "/trainings/7" }, "焊工培训"),
      createElement("span", { className: "tags" }, [el(Badge, { key: "a", tone: "blue" }, "农民工"), el(Badge, { key: "b", tone: "blue" }, "一线职工")]),
      createElement(Fragment, null, "2026-01-02", createElement("span", { className: "ml-1 text-xs text-muted" }, "（线上）")),
      "—",
      42,
    ];
    for (const cell of cells) expect(row(cell)).toBe(direct(cell));
  });
});
