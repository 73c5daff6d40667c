// Pure rules of 劳模工匠助企行 orders: the order in which helpers are proposed,
// the input schemas, and that every route of the module is documented.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/openapi";
import { distanceBetween, rankCandidates, type CandidateFacts } from "@/lib/assist-orders/ranking";
import { AssistCloseSchema, AssistDispatchSchema, AssistOrderCreateSchema, AssistVisitSchema } from "@/lib/assist-orders/schema";

// [province, city, county, town]
const TOWN = [1, 10, 100, 1000];
const person = (id: string, path: number[], over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  kind: "MEMBER",
  id,
  name: id,
  orgName: "",
  path,
  texts: [],
  studioKinds: [],
  honours: ["建湖工匠"],
  isLead: false,
  openOrders: 0,
  servedOrders: 0,
  servedSameTrade: 0,
  ...over,
});

describe("distance", () => {
  it("is 0 in the same town (or a village below it), 1 in the county, 2 in the city, 3 beyond", () => {
    expect(distanceBetween([1, 10, 100, 1000, 5000], TOWN)).toBe(0);
    expect(distanceBetween([1, 10, 100, 1001], TOWN)).toBe(1);
    expect(distanceBetween([1, 10, 100], TOWN)).toBe(1);
    expect(distanceBetween([1, 10, 101, 1010], TOWN)).toBe(2);
    expect(distanceBetween([1, 11, 110, 1100], TOWN)).toBe(3);
  });
});

describe("proposal order", () => {
  const order = { trade: "WELDING" as const, preferredStudioKind: null, path: TOWN };
  const welding = { texts: ["焊接工艺创新工作室"] };

  it("puts helpers who fit the trade first, then the nearest, then the better fit, then the lighter load", () => {
    const ranked = rankCandidates(
      [
        person("city-fit", [1, 10, 101, 1010], welding),
        person("town-nofit", TOWN),
        person("county-fit-busy", [1, 10, 100, 1001], { ...welding, openOrders: 3 }),
        person("county-fit-free", [1, 10, 100, 1002], welding),
        person("town-fit", TOWN, welding),
        person("county-bestfit", [1, 10, 100, 1003], { texts: ["焊接", "焊缝一次合格操作法"], servedSameTrade: 1 }),
      ],
      order,
    );
    expect(ranked.map((r) => r.id)).toEqual(["town-fit", "county-bestfit", "county-fit-free", "county-fit-busy", "city-fit", "town-nofit"]);
    expect(ranked.map((r) => r.distance)).toEqual([0, 1, 1, 1, 2, 0]);
    expect(ranked[1].reasons.join()).toContain("办结过 1 个同领域工单");
  });

  it("counts a preferred studio kind as a fit, and every helper fits an order of another trade", () => {
    const kind = rankCandidates([person("a", TOWN), person("b", [1, 10, 100, 1001], { studioKinds: ["SKILL_MASTER"] })], { ...order, preferredStudioKind: "SKILL_MASTER" });
    expect(kind.map((r) => [r.id, r.fits])).toEqual([["b", true], ["a", false]]);
    const other = rankCandidates([person("far", [1, 10, 101, 1010]), person("near", TOWN)], { ...order, trade: "OTHER" });
    expect(other.map((r) => r.id)).toEqual(["near", "far"]);
  });
});

describe("schemas", () => {
  const order = {
    enterpriseId: "2c0b0172-834a-44e3-afbf-aaf0f12bbb41",
    trade: "WELDING",
    field: "焊接工艺",
    title: "焊缝合格率低",
    description: "探伤一次合格率不足九成",
    contactName: "张经理",
    contactPhone: "0515-86201234",
    requestedOn: "2026-11-02",
  };
  it("accepts an order and refuses unknown fields, bad phones and bad trades with Chinese messages", () => {
    expect(AssistOrderCreateSchema.safeParse(order).success).toBe(true);
    expect(AssistOrderCreateSchema.safeParse({ ...order, extra: 1 }).success).toBe(false);
    expect(AssistOrderCreateSchema.safeParse({ ...order, contactPhone: "12" }).error?.issues[0].message).toContain("联系电话");
    expect(AssistOrderCreateSchema.safeParse({ ...order, trade: "X" }).error?.issues[0].message).toContain("技术领域");
  });
  it("dispatches to exactly one of a person and a studio", () => {
    const id = "2c0b0172-834a-44e3-afbf-aaf0f12bbb41";
    expect(AssistDispatchSchema.safeParse({ memberId: id, dispatchedOn: "2026-11-03" }).success).toBe(true);
    expect(AssistDispatchSchema.safeParse({ memberId: id, studioId: id, dispatchedOn: "2026-11-03" }).success).toBe(false);
    expect(AssistDispatchSchema.safeParse({ dispatchedOn: "2026-11-03" }).error?.issues[0].message).toContain("二选一");
  });
  it("keeps money as a string with two decimals and the rating within 1–5", () => {
    const close = { closedOn: "2026-11-20", problemsSolved: 2, workersTrained: 30, benefit: "450000.00", rating: 5 };
    expect(AssistCloseSchema.safeParse(close).success).toBe(true);
    expect(AssistCloseSchema.safeParse({ ...close, benefit: 450000.5 }).success).toBe(false);
    expect(AssistCloseSchema.safeParse({ ...close, benefit: "1.234" }).success).toBe(false);
    expect(AssistCloseSchema.safeParse({ ...close, rating: 6 }).success).toBe(false);
    expect(AssistVisitSchema.safeParse({ visitedOn: "2026-11-05", memberIds: [], hours: "3" }).error?.issues[0].message).toContain("至少");
    expect(AssistVisitSchema.safeParse({ visitedOn: "2026-11-05", memberIds: [order.enterpriseId], hours: "0" }).success).toBe(false);
  });
});

describe("OpenAPI", () => {
  const root = path.join(process.cwd(), "app/api/v1/assist-orders");
  function routes(dir: string, prefix: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return routes(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
      return name === "route.ts" ? [prefix] : [];
    });
  }
  it("documents every route of the module, and nothing else under it", () => {
    const documented = Object.keys(buildOpenApi().paths).filter((p) => p.startsWith("/api/v1/assist-orders"));
    const files = routes(root, "/api/v1/assist-orders");
    expect(files.length).toBe(8);
    expect(documented.sort()).toEqual(files.sort());
  });
});

describe("dashboard blocks", () => {
  it("register their indicators for ranking and targets, not only for the cards", async () => {
    const { INDICATOR_KEYS, TARGETABLE_KEYS, indicatorByKey } = await import("@/lib/dashboard/indicators");
    expect(INDICATOR_KEYS).toEqual(expect.arrayContaining(["assist_problems", "assist_benefit", "rights_received", "rights_on_time_rate"]));
    expect(TARGETABLE_KEYS).toEqual(expect.arrayContaining(["assist_problems", "rights_closed"]));
    expect(TARGETABLE_KEYS).not.toContain("assist_benefit");
    expect(indicatorByKey("rights_recovered")?.kind).toBe("amount");
  });
});
