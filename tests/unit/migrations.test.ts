// Prisma's JavaScript schema engine, the only one that runs here, splits a
// migration script on every semicolon, comments and quotes included (README,
// "Changing the schema"). A semicolon in a comment turns the rest of the
// comment into a statement, and the migration fails with a syntax error at a
// word of the comment, far from its cause.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), "prisma", "migrations");
const scripts = fs
  .readdirSync(dir)
  .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
  .map((d) => ({ name: d, lines: fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8").split("\n") }));

/** A semicolon after a line's `--`. */
const commentSemicolon = /--.*;/;

describe("migration scripts", () => {
  it("are all read", () => {
    expect(scripts.length).toBe(fs.readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).length);
    expect(scripts.length).toBeGreaterThanOrEqual(31);
  });

  it("keep semicolons out of their comments", () => {
    const found = scripts.flatMap(({ name, lines }) => lines.flatMap((l, i) => (commentSemicolon.test(l) ? [`${name}:${i + 1}: ${l.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  it("would be caught with one", () => {
    expect(commentSemicolon.test("-- tasks a year; read afresh on every visit")).toBe(true);
    expect(commentSemicolon.test("ALTER TABLE x ADD COLUMN y int; -- a note")).toBe(false);
  });
});
