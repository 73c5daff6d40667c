// The scope switcher's choices as a tree opened along the current scope's
// path (pure, unit-tested): home first, then each organisation followed by its
// own opened children, siblings in the order given, indented by depth below
// home.

/** An organisation to switch to: [id, name, indent], the shortest form in every page's payload. */
export type ScopeOption = [id: number, name: string, indent: number];

type Node = { id: number; name: string; depth: number; parentId: number | null };

export function scopeTree(homeId: number, nodes: Node[]): ScopeOption[] {
  const home = nodes.find((n) => n.id === homeId);
  if (!home) return [];
  const children = new Map<number, Node[]>();
  for (const n of nodes) {
    if (n.id === homeId || n.parentId === null) continue;
    const siblings = children.get(n.parentId);
    if (siblings) siblings.push(n);
    else children.set(n.parentId, [n]);
  }
  const out: ScopeOption[] = [];
  const visit = (n: Node) => {
    out.push([n.id, n.name, n.depth - home.depth]);
    for (const c of children.get(n.id) ?? []) visit(c);
  };
  visit(home);
  return out;
}
