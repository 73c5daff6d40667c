// A table cell's content as plain data for the page's React payload. React
// sends a server-rendered element as {"$",tag,key,{…,"children":…}}, and once a
// payload row passes ~3 KB it outlines each further element into a chunk of its
// own, which the HTML then streams as a hidden <div>, a <template> and a script
// each: a 20-row list carried ~80 of them. Arrays and strings are never
// outlined, so DataTable sends cells as `[tag, props, ...children]` arrays
// (server components such as RecordLink or Badge are called to reach their
// markup) and TableRows turns them back into elements. Anything else (a client
// component, an async server component) is sent as the element it is.
import { Fragment, isValidElement, type ReactNode } from "react";

/** A host element `[tag, props, ...children]`, text, or an element sent as it is. */
export type CompactNode = string | number | null | Record<string, unknown> | CompactNode[] | ReactNode;

const isAsync = (f: unknown) => typeof f === "function" && f.constructor.name === "AsyncFunction";
const isClientReference = (f: unknown) => typeof f === "function" && (f as { $$typeof?: symbol }).$$typeof === Symbol.for("react.client.reference");

/**
 * Appends a child to `out` (whose children begin at `first`). Adjacent text is
 * joined: React separates the parts of `会员 {n}` with `<!-- -->` in the HTML,
 * and sends them as separate strings in the payload.
 */
function push(out: CompactNode[], node: ReactNode, first: number) {
  if (node === null || node === undefined || typeof node === "boolean") return;
  if (Array.isArray(node)) return void node.forEach((n) => push(out, n, first));
  if (isValidElement(node) && node.type === Fragment) return push(out, (node.props as { children?: ReactNode }).children, first);
  const last = out.length - 1;
  if ((typeof node === "string" || typeof node === "number") && last >= first && (typeof out[last] === "string" || typeof out[last] === "number")) {
    out[last] = `${out[last]}${node}`;
    return;
  }
  out.push(compactNode(node));
}

export function compactNode(node: ReactNode): CompactNode {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number") return node;
  if (Array.isArray(node) || (isValidElement(node) && node.type === Fragment)) {
    const children: CompactNode[] = ["", {}];
    push(children, node, 2);
    return children;
  }
  if (!isValidElement(node)) return node;
  const { type } = node;
  const { children, ...props } = node.props as { children?: ReactNode } & Record<string, unknown>;
  if (typeof type === "string") {
    const out: CompactNode[] = [type, props];
    push(out, children, 2);
    return out;
  }
  if (typeof type === "function" && !isAsync(type) && !isClientReference(type)) return compactNode((type as (p: unknown) => ReactNode)(node.props));
  return node;
}

/**
 * The props that are set, for a client component's props or a server element's
 * attributes: React sends an undefined prop as "$undefined" in the payload.
 */
export function definedProps<T extends Record<string, unknown>>(props: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in props) if (props[k] !== undefined) out[k] = props[k];
  return out;
}
