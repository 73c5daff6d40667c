// The scope switcher's tree: opened along the path from home to the scope.
import { describe, expect, it } from "vitest";
import { scopeTree } from "@/lib/orgs/scope-options";

const node = (id: number, name: string, depth: number, parentId: number | null) => ({ id, name, depth, parentId });

describe("scopeTree", () => {
  it("puts each organisation's opened children right after it, in the order the rows came", () => {
    // As the query returns them for a province's staff whose scope is 建湖县 (盐城市): sorted by name.
    const rows = [
      node(10, "上冈镇总工会", 3, 5),
      node(2, "南京市总工会", 1, 1),
      node(4, "射阳县总工会", 2, 3),
      node(5, "建湖县总工会", 2, 3),
      node(1, "江苏省总工会", 0, null),
      node(3, "盐城市总工会", 1, 1),
      node(11, "近湖街道总工会", 3, 5),
    ];
    expect(scopeTree(1, rows)).toEqual([
      [1, "江苏省总工会", 0],
      [2, "南京市总工会", 1],
      [3, "盐城市总工会", 1],
      [4, "射阳县总工会", 2],
      [5, "建湖县总工会", 2],
      [10, "上冈镇总工会", 3],
      [11, "近湖街道总工会", 3],
    ]);
  });

  it("indents from home, wherever home stands, and leaves out what hangs from nothing opened", () => {
    const rows = [node(5, "建湖县总工会", 2, 3), node(10, "上冈镇总工会", 3, 5), node(99, "别处的镇", 3, 42)];
    expect(scopeTree(5, rows)).toEqual([
      [5, "建湖县总工会", 0],
      [10, "上冈镇总工会", 1],
    ]);
  });

  it("is empty without home", () => {
    expect(scopeTree(1, [node(10, "上冈镇总工会", 3, 5)])).toEqual([]);
  });
});
