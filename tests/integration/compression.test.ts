// Compression over real HTTP, through the app's own server (scripts/serve.ts,
// lib/http/compress.ts; tests/unit/compress.test.ts has its cases): an answer
// under 1 KB goes out as it is with its length, a longer one and every page
// gzipped in one body with its length. Behind nginx the apps run with
// COMPRESS=0 and nginx compresses (drill-two-apps.test.ts checks that switch).
import { describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";

const GZIP = { headers: { "accept-encoding": "gzip, deflate" } };

describe("compression", () => {
  it("leaves a short JSON answer alone", async () => {
    const staff = await as("jianhu.staff");
    const me = await staff.request("GET", "/api/v1/me", GZIP);
    expect(me.status).toBe(200);
    expect(me.data.username).toBe("jianhu.staff");
    expect(me.headers.get("content-encoding")).toBeNull();
    expect(Number(me.headers.get("content-length"))).toBeLessThan(1024);
    const refused = await new Client().request("GET", "/api/v1/me", GZIP);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-encoding")).toBeNull();
  });

  it("gzips a longer answer and a page, each in one body with its length", async () => {
    const staff = await as("jianhu.staff");
    const list = await staff.request("GET", "/api/v1/trainings?pageSize=20", GZIP);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.data).length).toBeGreaterThan(1024);
    expect(list.headers.get("content-encoding")).toBe("gzip");
    expect(Number(list.headers.get("content-length"))).toBeGreaterThan(0);
    expect(list.headers.get("vary")).toContain("Accept-Encoding");
    const page = await staff.request("GET", "/trainings", GZIP);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-encoding")).toBe("gzip");
    expect(Number(page.headers.get("content-length"))).toBeGreaterThan(0);
    expect(page.headers.get("vary")).toContain("Accept-Encoding");
    expect(page.data).toContain("技能培训");
  });

  it("keeps a route's own Cache-Control", async () => {
    const staff = await as("jianhu.staff");
    const list = await staff.get("/api/v1/members?pageSize=1");
    expect(list.status).toBe(200);
    const r = await staff.post(`/api/v1/members/${list.data.data[0].id}/id-number`);
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("content-encoding")).toBeNull();
  });
});
