import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/http/download";
import { inertCell, withoutInertPrefix } from "@/lib/xlsx/export";

/** The parameters a browser would read, split on `;` outside quoted strings. */
function params(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/;\s*([^=;\s]+)=("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    if (m[1] in out) throw new Error(`parameter ${m[1]} twice`);
    out[m[1]] = m[2];
  }
  return out;
}

describe("contentDisposition", () => {
  it("keeps a hostile title inside its own parameters", () => {
    const h = contentDisposition(`培训学员-q"; filename*=UTF-8''evil.html-名单.xlsx`);
    const p = params(h);
    expect(Object.keys(p).sort()).toEqual(["filename", "filename*"]);
    expect(p.filename).toMatch(/^"[^"\\;]*\.xlsx"$/);
    expect(decodeURIComponent(p["filename*"].replace(/^UTF-8''/, ""))).toBe(`培训学员-q"; filename*=UTF-8''evil.html-名单.xlsx`);
    expect(p["filename*"]).toMatch(/^UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
  });

  it("drops CR, LF, other controls and bidi overrides", () => {
    const h = contentDisposition("a\r\nSet-Cookie: x=1\u202Egpj.exe");
    expect(h).not.toMatch(/[\r\n\u202E]/);
    expect(h).not.toContain("%E2%80%AE");
  });
});

describe("inertCell", () => {
  it("prefixes text a spreadsheet would run, and nothing else", () => {
    for (const v of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(inertCell(v)).toBe(`'${v}`);
    for (const v of ["张三", "-12.50", "+86", "'quoted", 12, null]) expect(inertCell(v)).toBe(v);
  });

  it("round-trips through an import", () => {
    expect(withoutInertPrefix(String(inertCell("=HYPERLINK(1)")))).toBe("=HYPERLINK(1)");
    expect(withoutInertPrefix("'plain")).toBe("'plain");
  });
});
