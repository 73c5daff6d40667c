// The headers every response carries, over real HTTP.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { as, BASE_URL, Client } from "../helpers/http";

/** A request whose target goes out exactly as written (fetch would normalise it). */
function rawGet(target: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const r = http.request({ host: hostname, port, path: target, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    r.on("timeout", () => r.destroy(new Error(`${target}: no answer in 10 s`)));
    r.on("error", reject);
    r.end();
  });
}

const nonceOf = (csp: string | null | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

/** A page has scripts, and every one carries `nonce`. */
function expectScriptsCarry(html: unknown, nonce: string | undefined) {
  const scripts = String(html).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

describe("security headers", () => {
  it("give every page a fresh nonce-based policy that Next's scripts carry", async () => {
    const a = await new Client().get("/login");
    const b = await new Client().get("/activate");
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      const csp = r.headers.get("content-security-policy")!;
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      for (const d of ["script-src-attr 'none'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(d);
      expect(csp).not.toContain("unsafe-eval");
      // Every script element in the document carries this response's nonce.
      expectScriptsCarry(r.data, nonce);
      expect(String(r.data)).not.toMatch(/\son[a-z]+="/); // no inline event handlers
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("same-origin");
      expect(r.headers.get("permissions-policy")).toContain("camera=()");
      // Served over plain HTTP here (NEXTAUTH_URL is http): no HSTS, no __Secure- cookies.
      expect(r.headers.get("strict-transport-security")).toBeNull();
    }
    expect(nonceOf(a.headers.get("content-security-policy"))).not.toBe(nonceOf(b.headers.get("content-security-policy")));
  });

  it("protect signed-in pages the same way, prefetched documents too", async () => {
    const staff = await as("jianhu.staff");
    const r = await staff.get("/members");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-security-policy")).toContain("'strict-dynamic'");
    // A browser shows a document it prefetched as it was served: with its policy.
    const prefetch = await staff.get("/members", { purpose: "prefetch", "sec-purpose": "prefetch" });
    expect(prefetch.status).toBe(200);
    expect(prefetch.headers.get("content-type")).toContain("text/html");
    expect(prefetch.headers.get("content-security-policy")).toContain("'strict-dynamic'");
  });

  it("ignore a policy the client sends: the nonce on the page's scripts is the server's", async () => {
    const forged = "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='";
    const r = await new Client().get("/login", { "content-security-policy": forged, "content-security-policy-report-only": forged });
    expect(r.status).toBe(200);
    const nonce = nonceOf(r.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce).not.toBe("AAAAAAAAAAAAAAAAAAAAAA==");
    expectScriptsCarry(r.data, nonce);
    // A path with a dot (a file's, or a page's 404) gets a policy of its own too, not the client's.
    const other = await new Client().get("/no-such.page", { "content-security-policy": forged });
    expect(other.status).toBe(404);
    expect(String(other.data)).not.toContain("AAAAAAAAAAAAAAAAAAAAAA==");
    const otherNonce = nonceOf(other.headers.get("content-security-policy"));
    expect(otherNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expectScriptsCarry(other.data, otherNonce);
  });

  it("answer odd request targets at once: Next's 308 for repeated slashes, 400 for what is not a path", async () => {
    for (const target of ["//members", "/members//x", "/members\\x", "//a:99999/"]) {
      const r = await rawGet(target);
      expect(r.status, target).toBe(308);
      expect(r.headers.location, target).not.toMatch(/\/\/|\\/);
    }
    expect((await rawGet("*")).status).toBe(400);
    expect((await rawGet("members")).status).toBe(400);
  });

  it("send a page request without a session to sign in, before the app renders anything", async () => {
    const r = await new Client().get("/members?q=1");
    expect(r.status).toBe(307);
    expect(r.headers.get("location")).toBe("/login?callbackUrl=%2Fmembers%3Fq%3D1");
    expect(r.data).toBeNull();
    expect((await new Client().get("/")).headers.get("location")).toBe("/login");
    // The sign-in page itself, and the API's own 401.
    expect((await new Client().get("/login")).status).toBe(200);
    expect((await new Client().get("/api/v1/me")).status).toBe(401);
  });

  it("forbid anything active in API responses", async () => {
    const r = await new Client().get("/api/health");
    expect(r.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
