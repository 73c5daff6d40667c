// Prisma loads relations with one statement (the relationJoins preview feature,
// prisma/schema/base.prisma): PostgreSQL builds each related row as JSON and the
// client parses it, so a numeric column arrives as a JSON number. Money columns are
// at most NUMERIC(14,2), 14 significant digits, which a double carries exactly;
// these check it on the widest values, one-to-one and one-to-many, with the
// timestamps beside them, against the same rows read without a relation.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

class Rollback extends Error {}

describe("relations read through a join", () => {
  it("keep money exact to the cent at the widest column, and timestamps to the millisecond", async () => {
    const [parentOrg, childOrg] = await db.organisation.findMany({ where: { depth: { gte: 1 } }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    expect(childOrg).toBeDefined();
    const amounts = ["999999999999.99", "123456789012.34", "0.01", "1234567.80", "-999999999999.99"];
    let checked = 0;
    await expect(
      db.$transaction(async (tx) => {
        const parent = await tx.target.create({ data: { orgId: parentOrg.id, year: 1901, indicator: "probe", value: amounts[0] } });
        for (const [i, value] of amounts.slice(1).entries()) {
          await tx.target.create({ data: { orgId: childOrg.id, year: 1902 + i, indicator: "probe", value, parentId: parent.id } });
        }
        const viaParent = await tx.target.findUniqueOrThrow({
          where: { id: parent.id },
          select: { value: true, createdAt: true, children: { select: { id: true, value: true, createdAt: true, parent: { select: { value: true, createdAt: true } } }, orderBy: { year: "asc" } } },
        });
        const direct = await tx.target.findMany({ where: { parentId: parent.id }, orderBy: { year: "asc" }, select: { id: true, value: true, createdAt: true } });
        expect(viaParent.value.toFixed(2)).toBe(amounts[0]);
        expect(viaParent.children.map((c) => c.value.toFixed(2))).toEqual(amounts.slice(1));
        expect(viaParent.children.map(({ id, value, createdAt }) => ({ id, value: value.toFixed(2), at: createdAt.toISOString() }))).toEqual(
          direct.map(({ id, value, createdAt }) => ({ id, value: value.toFixed(2), at: createdAt.toISOString() })),
        );
        for (const c of viaParent.children) {
          expect(c.parent?.value.toFixed(2)).toBe(amounts[0]);
          expect(c.parent?.createdAt.toISOString()).toBe(viaParent.createdAt.toISOString());
          checked++;
        }
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(checked).toBe(amounts.length - 1);
  });
});
