// A table's rows for the page's React payload: each column's cells as one
// template, and per row only what differs. The cells of a column share their
// markup — the same link with another href, the same badge with another word —
// and compact-node.ts alone sent that markup again in every row (~600 bytes a
// member row, the page's largest payload chunk; the HTML carries the rows once
// more). A value that is the row's key, or another value of the row with
// something constant around it (`/members/<key>`, `选择<name>`, a `title`
// repeating the text), is not sent at all.
//
// A template is a CompactNode whose varying parts are holes: arrays starting
// with a number, which no element (`[tag, props, …]`, tag a string) does:
//   [0, n]          the row's n-th value;
//   [1, n, p, s]    p + (n < 0 ? the row's key : its n-th value) + s.
// Only primitives become constants, so a hole never stands for a constant array.
import { isValidElement } from "react";
import type { CompactNode } from "./compact-node";

export type RowKey = string | number;
/** One row as sent: its key, then the values of its holes. */
export type PackedRow = [RowKey, ...unknown[]];
type Hole = [0, number] | [1, number, string, string];

const ANY = Symbol("varies");
type Shape = CompactNode | typeof ANY;

const isElement = (n: unknown): n is [string, Record<string, unknown>, ...unknown[]] => Array.isArray(n) && typeof n[0] === "string";
const isPlainProps = (p: unknown): p is Record<string, unknown> => typeof p === "object" && p !== null && !Array.isArray(p) && !isValidElement(p);
const isPrimitive = (v: unknown) => v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b);
}

/** What the shape `t` and the cell `c` have in common: equal primitives and elements of one structure; anything else varies. */
function generalise(t: Shape, c: unknown): Shape {
  if (t === ANY) return ANY;
  if (isElement(t)) {
    if (!isElement(c) || c[0] !== t[0] || c.length !== t.length) return ANY;
    const [tag, tp, ...tk] = t;
    const cp = c[1];
    const props: Shape = isPlainProps(tp) && isPlainProps(cp) && sameKeys(tp, cp) ? Object.fromEntries(Object.keys(tp).map((k) => [k, generalise(tp[k] as Shape, cp[k])])) : ANY;
    return [tag, props, ...tk.map((k, i) => generalise(k as Shape, c[i + 2]))] as Shape;
  }
  return isPrimitive(t) && t === c ? t : ANY;
}

/** Replaces each varying part of `shape` with a hole, in document order, collecting each row's values there. */
function carve(shape: Shape, cells: unknown[], holes: { hole: Hole; values: unknown[] }[]): CompactNode {
  if (shape === ANY) {
    const hole: Hole = [0, holes.length];
    holes.push({ hole, values: cells });
    return hole;
  }
  if (!isElement(shape)) return shape;
  const [tag, props, ...kids] = shape;
  const packedProps =
    (props as Shape) === ANY
      ? carve(ANY, cells.map((c) => (c as unknown[])[1]), holes)
      : Object.fromEntries(Object.entries(props).map(([k, v]) => [k, carve(v as Shape, cells.map((c) => ((c as unknown[])[1] as Record<string, unknown>)[k]), holes)]));
  return [tag, packedProps, ...kids.map((k, i) => carve(k as Shape, cells.map((c) => (c as unknown[])[i + 2]), holes))];
}

/** p and s such that every value is p + source + s, or null. */
function around(values: unknown[], sources: unknown[]): [string, string] | null {
  const v0 = values[0];
  const s0 = sources[0] === undefined || sources[0] === null ? "" : String(sources[0]);
  if (typeof v0 !== "string" || s0 === "") return null;
  const at = v0.indexOf(s0);
  if (at < 0) return null;
  const p = v0.slice(0, at);
  const s = v0.slice(at + s0.length);
  const ok = values.every((v, i) => {
    const src = sources[i];
    return typeof v === "string" && (typeof src === "string" || typeof src === "number") && String(src) !== "" && v === p + String(src) + s;
  });
  return ok ? [p, s] : null;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The prefix and suffix all the values share, when they are strings and the two are worth a hole's extra fields. */
function affixes(values: unknown[]): [string, string] | null {
  if (values.length < 2 || !values.every((v) => typeof v === "string")) return null;
  const strings = values as string[];
  const shortest = Math.min(...strings.map((v) => v.length));
  let p = 0;
  while (p < shortest && strings.every((v) => v[p] === strings[0][p])) p++;
  if (p > 0 && isHighSurrogate(strings[0].charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < shortest - p && strings.every((v) => v[v.length - 1 - s] === strings[0][strings[0].length - 1 - s])) s++;
  // Never split a character written as two UTF-16 units.
  if (s > 0 && isHighSurrogate(strings[0].charCodeAt(strings[0].length - 1 - s))) s--;
  // A [1, n, p, s] hole costs ~8 characters more than [0, n]; each row saves p + s.
  return (p + s) * values.length > 8 + p + s ? [strings[0].slice(0, p), s ? strings[0].slice(-s) : ""] : null;
}

/** Packs rows of cells (one CompactNode per column) into a template per column and each row's hole values. */
export function packRows(keys: RowKey[], cells: CompactNode[][]): { templates: CompactNode[]; rows: PackedRow[] } {
  const columns = cells[0]?.length ?? 0;
  const holes: { hole: Hole; values: unknown[] }[] = [];
  const templates = Array.from({ length: columns }, (_, j) => {
    const column = cells.map((row) => row[j]);
    // One row has nothing to share: its cells are their own templates, with no holes.
    const shape = column.slice(1).reduce<Shape>((t, c) => generalise(t, c), column[0] as Shape);
    return carve(shape, column, holes);
  });
  // A hole whose values are the key or another value with constants around them is derived, not sent.
  const derived = new Set<number>();
  const needed = new Set<number>();
  holes.forEach((h, i) => {
    if (needed.has(i)) return;
    const fromKey = around(h.values, keys);
    if (fromKey) return void (derived.add(i), h.hole.splice(0, 2, 1, -1, ...fromKey));
    for (let j = 0; j < holes.length; j++) {
      if (j === i || derived.has(j)) continue;
      const fromOther = around(h.values, holes[j].values);
      if (fromOther) return void (derived.add(i), needed.add(j), h.hole.splice(0, 2, 1, j, ...fromOther));
    }
  });
  // What every row's value of a sent hole begins and ends with goes into the template
  // ("badge badge-" of a badge's class, the year and month of a column of dates).
  holes.forEach((h, i) => {
    if (derived.has(i) || needed.has(i)) return;
    const common = affixes(h.values);
    if (!common) return;
    const [p, s] = common;
    h.values = h.values.map((v) => (v as string).slice(p.length, (v as string).length - s.length));
    h.hole.splice(0, 2, 1, i, p, s);
  });
  // Number the values actually sent, and point derived holes at those numbers.
  const slot = new Map<number, number>();
  holes.forEach((h, i) => {
    if (!derived.has(i)) slot.set(i, slot.size);
  });
  holes.forEach((h, i) => {
    if (h.hole[0] === 0) h.hole[1] = slot.get(i)!;
    else if (h.hole[1] >= 0) h.hole[1] = slot.get(h.hole[1])!;
  });
  const sent = holes.filter((_, i) => !derived.has(i));
  const rows = keys.map((key, r) => [key, ...sent.map((h) => h.values[r])] as PackedRow);
  return { templates, rows };
}

const isHole = (n: unknown): n is Hole => Array.isArray(n) && typeof n[0] === "number";

/** The cell a template makes for one row. */
export function unpackCell(template: CompactNode, row: PackedRow): CompactNode {
  if (isHole(template)) {
    if (template[0] === 0) return row[template[1] + 1] as CompactNode;
    const [, n, p, s] = template;
    return p + String(n < 0 ? row[0] : row[n + 1]) + s;
  }
  if (!isElement(template)) return template;
  const [tag, props, ...kids] = template;
  const filled = isHole(props) ? unpackCell(props, row) : Object.fromEntries(Object.entries(props).map(([k, v]) => [k, unpackCell(v as CompactNode, row)]));
  return [tag, filled, ...kids.map((k) => unpackCell(k as CompactNode, row))];
}
