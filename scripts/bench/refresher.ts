// npm run bench -- --only=refresher — what the dashboard's incremental
// refresher (lib/dashboard/facts.ts, foldMarks) costs per write.
//
// Against DATABASE_URL (run.ts passes the benchmark database): builds the
// rollup once if it is missing, then for each burst size commits that many
// single-row writes in their own transactions, spread over random
// organisations of the whole province — a third register a member's
// new-employment group (members_nef, members_g:*), a third record an
// activity (activities, participants, by type), a third change a training's
// non-member participants (trainees) — and times one foldMarks() over them.
// Writes per second sustained = writes ÷ fold time: the rate at which the
// refresher keeps 数据截至 from falling behind. Run with
// `tsx --conditions=react-server` (lib/ marks itself server-only).
import pg from "pg";
import { foldMarks } from "../../lib/dashboard/facts";

const BURSTS = (process.env.BENCH_REFRESHER_BURSTS ?? "100,1000,5000").split(",").map(Number);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const first = await foldMarks();
  console.error(`[bench] rollup ${first?.rebuilt ? `rebuilt in ${first.ms} ms` : "ready"}`);
  const ids = async (sql: string) => (await c.query(sql)).rows.map((r) => r.id as string | number);
  const members = await ids(`SELECT id FROM member TABLESAMPLE SYSTEM (1) WHERE status = 'ACTIVE' LIMIT 20000`);
  const sessions = await ids(`SELECT id FROM training_session TABLESAMPLE SYSTEM (10) WHERE deleted_at IS NULL LIMIT 5000`);
  const unions = await ids(`SELECT id FROM organisation WHERE level = 'GRASSROOTS' ORDER BY random() LIMIT 5000`);
  const [{ id: typeId }] = (await c.query(`SELECT id FROM activity_type ORDER BY id LIMIT 1`)).rows;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
  const results = [];
  for (const n of BURSTS) {
    const t0 = Date.now();
    for (let i = 0; i < n; i++) {
      if (i % 3 === 0) {
        await c.query(`UPDATE member SET groups = CASE WHEN 'COURIER' = ANY(groups) THEN '{FRONTLINE}' ELSE '{COURIER}' END::"MemberGroup"[] WHERE id = $1`, [pick(members)]);
      } else if (i % 3 === 1) {
        await c.query(`INSERT INTO activity_record (org_id, type_id, held_on, participants, updated_at, description) VALUES ($1, $2, current_date - $3::int, 20, now(), 'bench-refresher')`, [
          pick(unions),
          typeId,
          Math.floor(Math.random() * 300),
        ]);
      } else {
        await c.query(`UPDATE training_session SET extra_participants = extra_participants + 1 WHERE id = $1`, [pick(sessions)]);
      }
    }
    const writeMs = Date.now() - t0;
    const fold = await foldMarks();
    if (!fold) throw new Error("another process holds the refresh lock");
    results.push({
      writes: n,
      writeMs,
      foldMs: fold.ms,
      marks: fold.marks,
      organisationsRecomputed: fold.orgs,
      rollupRowsChanged: fold.changedRows,
      msPerWrite: Math.round((fold.ms / n) * 100) / 100,
      writesPerSecondSustained: Math.round(n / (fold.ms / 1000)),
    });
    console.error(`[bench] ${n} writes folded in ${fold.ms} ms`);
  }
  await c.query(`DELETE FROM activity_record WHERE description = 'bench-refresher'`);
  await foldMarks();
  await c.end();
  console.log(JSON.stringify({ refresher: results }, null, 2));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[bench] refresher failed: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  },
);
