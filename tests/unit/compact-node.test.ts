// The list table's cells as plain data (components/ui/compact-node.ts) and back
// (row-pack.ts, TableRows): the same markup as rendering the cells themselves.
import { describe, expect, it } from "vitest";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compactNode } from "@/components/ui/compact-node";
import { TableRows } from "@/components/ui/table-rows";
import { packRows, unpackCell } from "@/components/ui/row-pack";
import { Badge } from "@/components/ui/badge";
import { RecordLink } from "@/components/list/record-link";

// createElement without its per-component overloads: the test passes children as arguments.
const el = (type: unknown, props: Record<string, unknown>, ...children: ReactNode[]) => createElement(type as string, props, ...children);

const table = (keys: (string | number)[], cells: ReactNode[][]) => {
  const { templates, rows } = packRows(keys, cells.map((r) => r.map(compactNode)));
  const cols = templates.map((t, i) => ({ k: String(i), t }));
  return renderToStaticMarkup(createElement("table", null, createElement(TableRows, { cols, rows })));
};
const row = (cell: ReactNode) => table([1], [[cell]]);
// Adjacent text is sent joined, so the one difference allowed is React's <!-- --> between text parts.
const joined = (html: string) => html.replaceAll("<!-- -->", "");
const direct = (cell: ReactNode) => joined(renderToStaticMarkup(createElement("table", null, createElement("tbody", null, createElement("tr", null, createElement("td", null, cell))))));

describe("compactNode", () => {
  it("sends host elements as [tag, props, ...children], calling server components for their markup", () => {
    expect(compactNode(el(RecordLink, { href: "/members/1" }, "张三"))).toEqual(["a", { href: "/members/1" }, "张三"]);
    expect(compactNode(el(Badge, { tone: "green" }, "在会"))).toEqual(["span", { className: "badge badge-green" }, "在会"]);
    expect(compactNode("男")).toBe("男");
    expect(compactNode(null)).toBeNull();
    expect(compactNode(false)).toBeNull();
  });

  it("flattens fragments and arrays, dropping empty children and joining adjacent text", () => {
    const cell = createElement(Fragment, null, "2026-01-02", false, createElement("span", { className: "text-muted" }, " 至 ", "01-05"), null, "（", 3, " 天）");
    expect(compactNode(cell)).toEqual(["", {}, "2026-01-02", ["span", { className: "text-muted" }, " 至 01-05"], "（3 天）"]);
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
      createElement("span", { className: "text-muted" }, " 至 ", "01-05", "（", 5, " 天）"),
      "—",
      42,
    ];
    for (const cell of cells) expect(row(cell)).toBe(direct(cell));
  });
});

describe("packRows", () => {
  const member = (id: string, name: string, status: [string, string], org: string, groups: string[]) => [
    createElement("input", { type: "checkbox", form: "list-selection", name: "ids", value: id, "aria-label": `选择${name}` }),
    el(RecordLink, { href: `/members/${id}` }, name),
    createElement("span", { className: "clip", title: org }, org),
    el(Badge, { tone: status[0] }, status[1]),
    groups.length ? createElement("span", { className: "tags" }, groups.map((g) => el(Badge, { key: g, tone: "blue" }, g))) : "—",
  ];
  const keys = ["a1", "b2", "c3"];
  const cells = [
    member("a1", "张三", ["green", "在会"], "甲公司工会", ["农民工"]),
    member("b2", "李四", ["gray", "退会"], "乙公司工会", []),
    member("c3", "王五", ["green", "在会"], "甲公司工会", ["农民工", "一线职工"]),
  ];

  it("renders every row as its cells rendered directly", () => {
    const direct = joined(renderToStaticMarkup(createElement("table", null, createElement("tbody", null, cells.map((r, i) => createElement("tr", { key: i }, r.map((c, j) => createElement("td", { key: j }, c))))))));
    expect(table(keys, cells)).toBe(direct);
  });

  it("sends a column's shared markup once, derives what repeats the key or another value, and keeps what every value begins or ends with", () => {
    const { templates, rows } = packRows(keys, cells.map((r) => r.map(compactNode)));
    // The checkbox's value is the key; its label is 选择 + the link's text, which is sent once.
    expect(templates[0]).toEqual(["input", { type: "checkbox", form: "list-selection", name: "ids", value: [1, -1, "", ""], "aria-label": [1, 0, "选择", ""] }]);
    expect(templates[1]).toEqual(["a", { href: [1, -1, "/members/", ""] }, [0, 0]]);
    expect(templates[2]).toEqual(["span", { className: "clip", title: [1, 1, "", ""] }, [0, 1]]);
    // The badges' classes share "badge badge-gr" (green, gray): each row sends the rest.
    expect(templates[3]).toEqual(["span", { className: [1, 2, "badge badge-gr", ""] }, [0, 3]]);
    // Tags of one, none and two: no shared shape, so each row sends the whole cell.
    expect(templates[4]).toEqual([0, 4]);
    expect(rows[1]).toEqual(["b2", "李四", "乙公司工会", "ay", "退会", "—"]);
    expect(rows.map((r) => templates.map((t) => unpackCell(t, r)))).toEqual(cells.map((r) => r.map(compactNode)));
  });

  it("keeps one row's cells whole, with nothing to derive", () => {
    const { templates, rows } = packRows([7], [cells[0].map(compactNode)]);
    expect(rows).toEqual([[7]]);
    expect(templates).toEqual(cells[0].map(compactNode));
  });

  it("keeps a shared prefix and suffix in the template only where the rows save more than the hole costs", () => {
    const dates = ["2026-10-31", "2026-10-29", "2026-10-28"];
    const { templates, rows } = packRows([1, 2, 3], dates.map((d) => [d]));
    expect(templates).toEqual([[1, 0, "2026-10-", ""]]);
    expect(rows).toEqual([[1, "31"], [2, "29"], [3, "28"]]);
    expect(rows.map((r) => unpackCell(templates[0], r))).toEqual(dates);
    // Never half a character written as two UTF-16 units: 😀 and 😁 share their first unit.
    const faces = ["😀a", "😁a", "😂a"].map((f) => f + "——共同结尾——");
    const packed = packRows([1, 2, 3], faces.map((f) => [f]));
    expect(packed.templates).toEqual([[1, 0, "", "a——共同结尾——"]]);
    expect(packed.rows.map((r) => unpackCell(packed.templates[0], r))).toEqual(faces);
    expect(packRows([1, 2], [["甲公司"], ["乙公司"]]).templates).toEqual([[0, 0]]);
  });

  it("sends a value that only looks like the key in some rows", () => {
    const { templates, rows } = packRows([1, 2], [["/x/1"], ["/x/3"]]);
    expect(templates).toEqual([[0, 0]]);
    expect(rows).toEqual([[1, "/x/1"], [2, "/x/3"]]);
  });
});
