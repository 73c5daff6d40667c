// zod is 34 KB of compressed script. The modules every page shows its data
// with — amounts, dates, labels, the list kit, the shared UI — must not reach
// it, or every list page loads it on its first visit (lib/money.ts did, through
// its zod money fields, until they moved to lib/validation/money.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const rel = (f: string) => path.relative(ROOT, f);

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  }
  return null;
}

/** Every module a file loads at run time (type-only imports are erased), with the chain that leads to it. */
function reach(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [rel(start)]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const spec = m[1];
      const chain = [...seen.get(file)!, spec];
      if (!spec.startsWith(".") && !spec.startsWith("@/")) {
        if (!seen.has(spec)) seen.set(spec, chain);
        continue;
      }
      const target = resolve(file, spec);
      if (target && !seen.has(target)) {
        seen.set(target, chain);
        queue.push(target);
      }
    }
  }
  return seen;
}

const files = (dir: string, pattern: RegExp) =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => pattern.test(f))
    .map((f) => path.join(ROOT, dir, f));

const SHOWN_ON_EVERY_PAGE = [
  path.join(ROOT, "lib/money.ts"),
  path.join(ROOT, "lib/dates.ts"),
  path.join(ROOT, "components/format.ts"),
  ...files("lib", /(^|\/)labels\.ts$/),
  ...files("components/list", /\.tsx?$/).filter((f) => !f.endsWith("load.ts")),
  ...files("components/ui", /\.tsx?$/),
  ...files("components/shell", /\.tsx?$/),
];

describe("the modules every page shows data with", () => {
  it("are found", () => {
    expect(SHOWN_ON_EVERY_PAGE.length).toBeGreaterThan(30);
  });

  it.each(SHOWN_ON_EVERY_PAGE.map(rel))("%s does not load zod", (file) => {
    const reached = reach(path.join(ROOT, file));
    const zod = [...reached].filter(([k]) => k === "zod" || k.startsWith("zod/") || k.endsWith(path.join("lib", "validation", "zod.ts")));
    expect(zod.map(([, chain]) => chain.join(" → "))).toEqual([]);
  });
});
