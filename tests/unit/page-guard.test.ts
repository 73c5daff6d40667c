// Which requests the portal's server gives a nonce policy, and which it sends to sign in.
import { describe, expect, it } from "vitest";
import { guardPage, hasSessionCookie, type PageRequest } from "@/lib/security/page-guard";

const req = (url: string, headers: Record<string, string> = {}): PageRequest => ({ url, cookie: headers.cookie });
const signedIn = { cookie: "theme=x; next-auth.session-token=abc" };
const prod = { dev: false, https: false };

describe("page guard", () => {
  it("gives a signed-in page request a fresh nonce policy, on the request and the response", () => {
    const a = guardPage(req("/members?q=王", signedIn), prod);
    const b = guardPage(req("/members", signedIn), prod);
    expect([a.kind, b.kind]).toEqual(["page", "page"]);
    if (a.kind !== "page" || b.kind !== "page") return;
    expect(a.csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(a.headers["Content-Security-Policy"]).toBe(a.csp);
    expect(b.csp).not.toBe(a.csp);
    expect(a.headers["Strict-Transport-Security"]).toBeUndefined();
    const https = guardPage(req("/members", signedIn), { dev: false, https: true });
    expect(https.kind === "page" && https.headers["Strict-Transport-Security"]).toContain("max-age=63072000");
  });

  it("leaves the API and Next's assets alone", () => {
    for (const url of ["/api/v1/me", "/api/auth/csrf", "/_next/static/chunks/a.js", "/_next/image?url=x"]) {
      expect(guardPage(req(url), prod), url).toEqual({ kind: "pass" });
    }
  });

  it("gives a path with a dot the policy but never sends it to sign in: a file of public/, or a page's 404", () => {
    for (const url of ["/favicon.svg", "/robots.txt", "/reports/a.b", "/trainings/x.y?q=1"]) {
      const g = guardPage(req(url), prod);
      expect(g.kind, url).toBe("page");
      expect(g.kind === "page" && g.csp, url).toMatch(/script-src 'self' 'nonce-/);
    }
  });

  it("sends a page request without a session cookie to sign in, keeping where it was going", () => {
    expect(guardPage(req("/"), prod)).toEqual({ kind: "redirect", location: "/login", headers: {} });
    const r = guardPage(req("/members?q=%E7%8E%8B&_rsc=1x2y"), prod);
    expect(r.kind === "redirect" && r.location).toBe("/login?callbackUrl=%2Fmembers%3Fq%3D%25E7%258E%258B");
    // Prefetches too: nothing about them is cheaper to skip here.
    expect(guardPage(req("/members", { "next-router-prefetch": "1" }), prod).kind).toBe("redirect");
  });

  it("lets the public pages through without a session, with the policy", () => {
    for (const url of ["/login", "/login?callbackUrl=%2Fmembers", "/activate", "/join", "/join/status"]) expect(guardPage(req(url), prod).kind, url).toBe("page");
    expect(guardPage(req("/joining"), prod).kind).toBe("redirect");
  });

  it("leaves odd paths to Next's own 308 and refuses what is not a path, without throwing", () => {
    for (const url of ["//members/5", "//a:99999/", "/members//5", "/members\\5", "//[/x", "http://portal.example/members"]) expect(guardPage(req(url), prod), url).toEqual({ kind: "pass" });
    for (const url of ["*", "members", "http:members"]) expect(guardPage(req(url), prod), url).toEqual({ kind: "bad" });
    // A slash repeated in the query is no matter: the path decides.
    expect(guardPage(req("/members?back=//x"), prod).kind).toBe("redirect");
  });

  it("knows next-auth's cookie names, split or secure, and nothing that merely resembles them", () => {
    expect(hasSessionCookie("next-auth.session-token=a")).toBe(true);
    expect(hasSessionCookie("x=1;  __Secure-next-auth.session-token.0=a; __Secure-next-auth.session-token.1=b")).toBe(true);
    expect(hasSessionCookie("next-auth.csrf-token=a; next-auth.session-tokenx=b")).toBe(false);
    expect(hasSessionCookie("x=next-auth.session-token")).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
    expect(hasSessionCookie("")).toBe(false);
  });
});
