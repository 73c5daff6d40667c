// Pure rules of the honours, studios and activities modules: the studio status
// transitions, the shared schemas' refinements, money formatting, and that
// every route handler of these modules is in the OpenAPI document (and back).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/openapi";
import { canTransition, STUDIO_STATUSES } from "@/lib/studios/labels";
import { MentorshipCreateSchema, MentorshipOutcomeSchema } from "@/lib/studios/schema";
import { HonourCreateSchema } from "@/lib/honours/schema";
import { ActivityCreateSchema } from "@/lib/activities/schema";
import { formatYuan } from "@/lib/money";
import { bareScope, inSubtree } from "@/lib/records/scoped-list";

describe("studio status transitions", () => {
  it("allow only NAMED→REVIEWED and NAMED/REVIEWED→REVOKED", () => {
    const allowed = STUDIO_STATUSES.flatMap((from) => STUDIO_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(["NAMED→REVIEWED", "NAMED→REVOKED", "REVIEWED→REVOKED"]);
  });
});

describe("a list filtered on its scope alone (bareScope, read without Prisma's order)", () => {
  it("is recognised however the where-builders nest it", () => {
    expect(bareScope({ AND: [{}, inSubtree(15), {}, {}] })).toEqual({ root: 15, live: false });
    expect(bareScope({ AND: [{ deletedAt: null }, inSubtree(15), {}] })).toEqual({ root: 15, live: true });
    expect(bareScope({ AND: [{ deletedAt: null, ...inSubtree(7) }, {}, {}] })).toEqual({ root: 7, live: true });
    expect(bareScope({ AND: [{ AND: [inSubtree(3)] }, {}] })).toEqual({ root: 3, live: false });
  });

  it("is not, once anything else is asked", () => {
    expect(bareScope({ AND: [inSubtree(15), { type: "SKILL" }] })).toBeNull();
    expect(bareScope({ AND: [inSubtree(15), { OR: [{ title: { contains: "x" } }] }] })).toBeNull();
    expect(bareScope({ AND: [inSubtree(15), { NOT: { status: "DRAFT" } }] })).toBeNull();
    expect(bareScope({ AND: [inSubtree(15), inSubtree(16)] })).toBeNull();
    expect(bareScope({ AND: [inSubtree(15), { deletedAt: { not: null } }] })).toBeNull();
    expect(bareScope({ AND: [{ scopeIds: { has: 15, hasSome: [16] } }] })).toBeNull();
    expect(bareScope({ AND: [{ deletedAt: null }, {}] })).toBeNull();
    expect(bareScope({ deletedAt: null, enrolments: { some: { memberId: "x" } } })).toBeNull();
  });
});

describe("record schemas", () => {
  const honour = { holder: "MEMBER", memberId: "2c0b0172-834a-44e3-afbf-aaf0f12bbb41", title: "CRAFTSMAN", level: "COUNTY", year: 2025, awardingBody: "建湖县总工会" };
  it("require a member for a personal honour and a team with its union for a collective one", () => {
    expect(HonourCreateSchema.safeParse(honour).success).toBe(true);
    expect(HonourCreateSchema.safeParse({ ...honour, memberId: undefined }).error?.issues[0].path).toEqual(["memberId"]);
    const team = HonourCreateSchema.safeParse({ ...honour, holder: "TEAM", memberId: undefined, title: "WORKER_PIONEER" });
    expect(team.error?.issues.map((i) => i.path[0]).sort()).toEqual(["orgId", "teamName"]);
    expect(HonourCreateSchema.safeParse({ ...honour, title: "WORKER_PIONEER" }).error?.issues[0].message).toContain("集体荣誉");
    expect(HonourCreateSchema.safeParse({ ...honour, extra: 1 }).success).toBe(false);
  });
  it("take money as strings with at most two decimals", () => {
    const a = { typeId: 1, orgId: 9, heldOn: "2026-07-01", participants: 10 };
    expect(ActivityCreateSchema.safeParse({ ...a, amountSpent: "1234.50" }).success).toBe(true);
    expect(ActivityCreateSchema.safeParse({ ...a, amountSpent: "" }).data?.amountSpent).toBeUndefined();
    for (const bad of ["1.234", "-5", "1e3", "12,000"]) expect(ActivityCreateSchema.safeParse({ ...a, amountSpent: bad }).success, bad).toBe(false);
    expect(ActivityCreateSchema.safeParse({ ...a, amountSpent: 12.5 }).success).toBe(false);
  });
  it("refuse a mentor who is their own apprentice, and an outcome without its date", () => {
    const id = "2c0b0172-834a-44e3-afbf-aaf0f12bbb41";
    expect(MentorshipCreateSchema.safeParse({ mentorMemberId: id, apprenticeMemberId: id, startedOn: "2025-01-01" }).success).toBe(false);
    expect(MentorshipOutcomeSchema.safeParse({ outcome: "COMPLETED" }).success).toBe(false);
    expect(MentorshipOutcomeSchema.safeParse({ outcome: "ONGOING" }).success).toBe(true);
  });
  it("format yuan exactly as stored", () => {
    expect(formatYuan("1234567.5")).toBe("¥1,234,567.50");
    expect(formatYuan("0.00")).toBe("¥0.00");
    expect(formatYuan(null)).toBe("—");
  });
});

describe("OpenAPI coverage", () => {
  const root = path.resolve(import.meta.dirname, "../../app/api/v1");
  function routes(dir: string, prefix: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return routes(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
      return name === "route.ts" ? [prefix] : [];
    });
  }
  it("documents every route of the honours, services, studios, activities, 产改 and 统计年报 modules", () => {
    const documented = Object.keys(buildOpenApi().paths);
    for (const top of ["honours", "model-worker-services", "studios", "activities", "activity-types", "reform", "yearbook"]) {
      const files = routes(path.join(root, top), `/api/v1/${top}`);
      expect(files.length, top).toBeGreaterThan(0);
      for (const f of files) expect(documented, f).toContain(f);
      for (const d of documented.filter((p) => p === `/api/v1/${top}` || p.startsWith(`/api/v1/${top}/`))) expect(files, d).toContain(d);
    }
  });
});
