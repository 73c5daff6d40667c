// The organisation lookups every request makes run as prepared statements
// (lib/orgs/queries.ts), beside Prisma's typed queries. These check that each
// answers exactly what Prisma would, on every organisation of the demo data:
// a column added to ORG_SELECT and not to the SQL fails here.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { orgChildren, orgNames } from "@/lib/orgs/queries";
import { ORG_SELECT, orgById } from "@/lib/orgs/org-row";
import { actorForSession } from "@/lib/auth/sessions";
import { as } from "../helpers/http";

describe("the prepared organisation lookups", () => {
  it("read every organisation as Prisma's select does, dates and nulls included", async () => {
    const all = await db.organisation.findMany({ select: ORG_SELECT, orderBy: { id: "asc" } });
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((o) => o.foundedOn !== null)).toBe(true);
    expect(all.some((o) => o.foundedOn === null)).toBe(true);
    for (const o of all) expect(await orgById(o.id)).toEqual(o);
    expect(await orgById(2_147_483_647)).toBeNull();
  });

  it("bring the caller's home organisation with the session, as orgById reads it", async () => {
    for (const username of ["jianhu.staff", "admin", "13800000001"]) {
      await as(username);
      const session = await db.userSession.findFirst({ where: { user: { username }, revokedAt: null }, orderBy: { createdAt: "desc" } });
      const actor = await actorForSession(session!.id);
      expect(actor?.home, username).toEqual(await orgById(actor!.orgId));
      expect(actor?.home?.id).toBe(actor?.orgId);
    }
  });

  it("list children by level, then name, as the dashboard's table shows them", async () => {
    const parents = await db.organisation.groupBy({ by: ["parentId"], where: { parentId: { not: null } }, _count: true });
    const checked = parents.filter((p) => p._count > 1);
    expect(checked.length).toBeGreaterThan(5);
    let mixed = 0;
    for (const { parentId } of checked) {
      const viaPrisma = await db.organisation.findMany({
        where: { parentId },
        select: { id: true, name: true, level: true, depth: true },
        orderBy: [{ level: "asc" }, { name: "asc" }, { id: "asc" }],
      });
      if (new Set(viaPrisma.map((c) => c.level)).size > 1) mixed++;
      expect(await orgChildren(parentId!)).toEqual(viaPrisma);
    }
    // Level is ordered as the enum is declared, not alphabetically: some parent must have two.
    expect(mixed).toBeGreaterThan(0);
  });

  it("name a set of organisations for the breadcrumbs", async () => {
    const some = await db.organisation.findMany({ select: { id: true, name: true, depth: true }, orderBy: { id: "asc" }, take: 7 });
    expect(some).toHaveLength(7);
    const named = await orgNames(some.map((o) => o.id));
    expect(named.sort((a, b) => a.id - b.id)).toEqual(some);
  });
});
