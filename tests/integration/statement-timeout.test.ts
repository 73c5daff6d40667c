// The app's time limit on a statement (DB_STATEMENT_TIMEOUT_MS): every pool of
// the app gets it, a request that meets it is answered 503 with a Chinese
// message (not 500), a list page shows it above its filters, and the rollup's
// rebuild, minutes long at 20 M members, lifts it for its own transaction. Run
// in this process against the suite's database, with limits small enough to be
// met on purpose.
import { afterEach, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { longRows, newPool, plannedRows, statementTimeoutMs } from "@/lib/db/client";
import { handle } from "@/lib/http/api";
import { refreshRollup } from "@/lib/dashboard/facts";
import { todayCST } from "@/lib/dates";
import { z } from "@/lib/validation/zod";
import { loadList } from "@/components/list/load";

const url = process.env.DATABASE_URL!;
const saved = process.env.DB_STATEMENT_TIMEOUT_MS;
afterEach(() => {
  if (saved === undefined) delete process.env.DB_STATEMENT_TIMEOUT_MS;
  else process.env.DB_STATEMENT_TIMEOUT_MS = saved;
});

/** A Prisma client on a pool of the app's kind, made under `limitMs`. */
function clientLimitedTo(limitMs: number) {
  process.env.DB_STATEMENT_TIMEOUT_MS = String(limitMs);
  const pool = newPool(url, "statement-timeout test", 1);
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

/** What a route handler answers when its work is `work`. */
async function answer(work: () => Promise<unknown>) {
  const res = await handle(work)(new Request("http://localhost/api/v1/test"), { params: Promise.resolve({}) } as never);
  return { status: res.status, body: await res.json() };
}

describe("the statement time limit", () => {
  it("is 30 s unless DB_STATEMENT_TIMEOUT_MS says otherwise, on every connection of the app's pools", async () => {
    delete process.env.DB_STATEMENT_TIMEOUT_MS;
    expect(statementTimeoutMs()).toBe(30_000);
    process.env.DB_STATEMENT_TIMEOUT_MS = "soon";
    expect(statementTimeoutMs()).toBe(30_000);
    const { pool } = clientLimitedTo(1234);
    try {
      expect((await pool.query("SHOW statement_timeout")).rows[0].statement_timeout).toBe("1234ms");
    } finally {
      await pool.end();
    }
  });

  it("answers a request whose statement runs past it with 503 UNAVAILABLE and a Chinese message, for raw SQL and for Prisma's queries", async () => {
    const { pool, prisma } = clientLimitedTo(200);
    try {
      const raw = await answer(() => prisma.$queryRaw`SELECT pg_sleep(2)`);
      expect(raw.status).toBe(503);
      expect(raw.body.error.code).toBe("UNAVAILABLE");
      expect(raw.body.error.message).toMatch(/^查询超时/);
      // A model query takes the other path out of Prisma (the adapter's error as its cause).
      await prisma.$executeRawUnsafe("SET statement_timeout = 1");
      const model = await answer(() => prisma.member.count({ where: { name: { contains: "明" } } }));
      expect(model.status).toBe(503);
      expect(model.body.error.message).toMatch(/^查询超时/);
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });

  it("on a list page is a message above the filters, which stay as entered, with the empty list, not the error page", async () => {
    const { pool, prisma } = clientLimitedTo(200);
    try {
      const spec = { path: "/test-list", schema: z.strictObject({ q: z.string().optional(), page: z.coerce.number().optional() }), keys: ["q"], scoped: false } as const;
      const ctx = { actor: {} as never, scope: { id: 1, name: "测试" } };
      const list = await loadList(spec, { q: "王", page: "2" }, ctx, async () => prisma.$queryRaw`SELECT pg_sleep(2)`.then(() => ({ data: [1], total: 1, page: 1, pageSize: 20 })), {});
      expect(list.problem).toMatch(/^查询超时：数据量较大，请缩小查询范围/);
      expect(list.input).toMatchObject({ q: "王" });
      expect(list.result).toMatchObject({ data: [], total: 0 });
      // Anything else is still the error page's.
      await expect(loadList(spec, {}, ctx, async () => Promise.reject(new Error("boom")), {})).rejects.toThrow("boom");
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });

  it("does not stop the rollup's rebuild, whose statements run longer", async () => {
    // The process's own pool (lib/db/client.ts), first made here, under a limit every rebuild passes.
    process.env.DB_STATEMENT_TIMEOUT_MS = "50";
    // The suite's app may be refreshing the rollup itself: then ask again, as an administrator would.
    let state = await refreshRollup(todayCST());
    for (let i = 0; state === null && i < 30; i++) {
      await new Promise((done) => setTimeout(done, 2000));
      state = await refreshRollup(todayCST());
    }
    expect(state?.durationMs).toBeGreaterThan(50);
  });

  it("is lifted for a read known to run long (a province's 统计年报), on that statement's connection only", async () => {
    process.env.DB_STATEMENT_TIMEOUT_MS = "50";
    await expect(plannedRows("SELECT pg_sleep(0.3)", [])).rejects.toThrow(/statement timeout/);
    expect(await longRows<{ ok: number }>("SELECT 1 AS ok FROM pg_sleep(0.3)", [], 2000)).toEqual([{ ok: 1 }]);
    // Past its own, longer limit it is cancelled too, and the connection goes back as it was.
    await expect(longRows("SELECT pg_sleep(0.5)", [], 100)).rejects.toThrow(/statement timeout/);
    expect((await plannedRows<{ statement_timeout: string }>("SHOW statement_timeout", []))[0].statement_timeout).toBe("50ms");
  });
});
