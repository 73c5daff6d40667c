// Compression over real HTTP. Next gzips a response through a zlib stream of its
// own, ~1 ms of the app's one thread whatever the size: a JSON answer under
// 1 KB goes out as it is (lib/http/json.ts), anything longer and every page is
// gzipped. Behind nginx the apps run with COMPRESS=0 and nginx compresses
// (drill-two-apps.test.ts checks that switch).
import { describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";

const GZIP = { headers: { "accept-encoding": "gzip, deflate" } };

describe("compression", () => {
  it("leaves a short JSON answer alone, and says so (Cache-Control: no-transform)", async () => {
    const staff = await as("jianhu.staff");
    const me = await staff.request("GET", "/api/v1/me", GZIP);
    expect(me.status).toBe(200);
    expect(me.data.username).toBe("jianhu.staff");
    expect(me.headers.get("content-encoding")).toBeNull();
    expect(me.headers.get("cache-control")).toBe("no-transform");
    const refused = await new Client().request("GET", "/api/v1/me", GZIP);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-encoding")).toBeNull();
  });

  it("gzips a longer answer and a page", async () => {
    const staff = await as("jianhu.staff");
    const list = await staff.request("GET", "/api/v1/trainings?pageSize=20", GZIP);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.data).length).toBeGreaterThan(1024);
    expect(list.headers.get("content-encoding")).toBe("gzip");
    expect(list.headers.get("cache-control") ?? "").not.toContain("no-transform");
    const page = await new Client().request("GET", "/login", GZIP);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-encoding")).toBe("gzip");
  });

  it("keeps a route's own Cache-Control beside no-transform", async () => {
    const staff = await as("jianhu.staff");
    const list = await staff.get("/api/v1/members?pageSize=1");
    expect(list.status).toBe(200);
    const r = await staff.post(`/api/v1/members/${list.data.data[0].id}/id-number`);
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(r.headers.get("content-encoding")).toBeNull();
  });
});
