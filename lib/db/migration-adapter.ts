// The Prisma CLI's JavaScript schema engine talks to PostgreSQL through this
// adapter. Two known defects of the JS engine with adapter-pg are worked around
// here (see ../shared/PLATFORM.md): unknown pg catalog column types, and a
// shadow database that would otherwise reuse the main database's connection.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
// char, name, regproc, pg_node_tree, regclass → text; char[], name[] → text[]
const AS_TEXT = new Set([18, 19, 24, 194, 2205]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);

type Field = { dataTypeID: number };
function retypeFields(result: unknown) {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    const fields = (r as { fields?: Field[] } | undefined)?.fields;
    if (!fields) continue;
    for (const f of fields) {
      if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT;
      else if (AS_TEXT_ARRAY.has(f.dataTypeID)) f.dataTypeID = TEXT_ARRAY;
    }
  }
  return result;
}

const CHECK_CONSTRAINTS = "contype NOT IN ('p', 'u', 'f')";
function hideUnmodelledConstraints(query: unknown): unknown {
  if (typeof query === "string") return query.replace(CHECK_CONSTRAINTS, "contype NOT IN ('p', 'u', 'f', 'n', 'c')");
  if (query && typeof query === "object" && typeof (query as { text?: unknown }).text === "string") {
    const q = query as { text: string };
    return { ...q, text: hideUnmodelledConstraints(q.text) as string };
  }
  return query;
}

class CatalogSafeClient extends pg.Client {
  // pg.Pool calls query(config, callback); adapter-pg awaits the promise form.
  // Both must be wrapped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    args[0] = hideUnmodelledConstraints(args[0]);
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : retypeFields(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(retypeFields) : out;
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  // Separate fields, not a connection string: adapter-pg spreads this config
  // with another `database` for the shadow DB, which a connectionString would
  // silently override.
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    Client: CatalogSafeClient,
    max: 4,
  };
}

export function migrationAdapter(url: string) {
  const factory = new PrismaPg(poolConfig(url));
  factory.connectToShadowDb = async () => {
    const admin = new pg.Client(poolConfig(url));
    await admin.connect();
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = new PrismaPg(poolConfig(url, name));
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      // Close the pool before dropping, or the drop finds it "in use".
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}
