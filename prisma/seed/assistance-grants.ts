// Demo assistance data (帮扶救助): hardship files, funds per county / year /
// source with their allocations, grants through every state of the workflow
// with their event timelines, and an append-only ledger whose disbursements
// match the DISBURSED grants exactly (the reconciliation reports zero).
// Figures from the seeds: 丹徒区 ¥619,400 to 885 person-times (2025); 盱眙县
// ¥1,000,000+ to 800+ households (2025); 建湖县 ¥382,400 in the 2026 Spring
// Festival (送温暖); 丹徒 34 files lifted out of hardship. Amounts are planned in
// whole hundreds of yuan (integers), never floats.
import type { Client } from "pg";
import { encryptJson } from "../../lib/crypto/pii";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { day, iso } from "./dates";
import { personName } from "./names";
import { DEMO_UNION } from "./orgs";
import { allocate, type Rng } from "./random";
import { COUNTIES } from "./regions";
import type { OrgRow } from "./types";
import { educationDetails, grantReason, medicalDetails, REJECT_REASONS, WITHDRAW_REASONS } from "./assistance-text";
import { HardshipFiles, type FilePlan, type FileSpec, type MemberPick } from "./hardship-files";

type Kind = "WARMTH" | "EDUCATION" | "MEDICAL" | "LIVING" | "MODEL_WORKER" | "OTHER";
type Status = "DRAFT" | "SUBMITTED" | "REVIEWED" | "APPROVED" | "NOTICE" | "DISBURSED" | "REJECTED" | "WITHDRAWN";
type Source = "OWN" | "ALLOCATION" | "DONATION";

const KINDS: Kind[] = ["WARMTH", "EDUCATION", "MEDICAL", "LIVING", "MODEL_WORKER", "OTHER"];
const SOURCE_LABELS: Record<Source, string> = { OWN: "自有资金", ALLOCATION: "上级拨付", DONATION: "社会捐赠" };
const FORWARD: Status[] = ["DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "NOTICE", "DISBURSED"];
/** Nothing in the demo happens after this day (the machine's "now" when the data set was made). */
const LAST_DAY = day(2026, 11, 20);

/** Default per-grant ranges, in hundreds of yuan, within the policies' caps. */
const RANGES: Record<Kind, [number, number]> = {
  WARMTH: [5, 15],
  EDUCATION: [20, 50],
  MEDICAL: [10, 80],
  LIVING: [3, 20],
  MODEL_WORKER: [20, 50],
  OTHER: [3, 10],
};

type KindPlan = { kind: Kind; count: number; range: [number, number]; total?: number };
type YearPlan = { year: number; kinds: KindPlan[] };
type CountyPlan = {
  name: string;
  sample: number;
  files: FilePlan;
  /** 送温暖 goes first to households with a hardship file; otherwise to other members (distinct households). */
  warmthFromFiles: boolean;
  years: YearPlan[];
  inProgress: number;
};

function yearPlan(year: number, counts: number[], opts: { total?: number; shares?: number[]; ranges?: Partial<Record<Kind, [number, number]>> } = {}): YearPlan {
  const totals = opts.total && opts.shares ? allocate(opts.shares, opts.total) : null;
  return { year, kinds: KINDS.map((kind, i) => ({ kind, count: counts[i], range: opts.ranges?.[kind] ?? RANGES[kind], total: totals?.[i] })) };
}

function plans(): CountyPlan[] {
  const small = (name: string): CountyPlan => ({
    name,
    sample: 240,
    files: { inFile: 34, pending: 3, lifted: 2, closed: 1, liftedYear: 2026 },
    warmthFromFiles: true,
    years: [yearPlan(2025, [40, 5, 6, 12, 1, 3]), yearPlan(2026, [36, 5, 6, 10, 1, 3])],
    inProgress: 4,
  });
  return COUNTIES.map((c) => {
    if (c.name === "丹徒区总工会") {
      return {
        name: c.name,
        sample: 1300,
        files: { inFile: 210, pending: 16, lifted: 34, closed: 8, liftedYear: 2025 },
        warmthFromFiles: true,
        years: [
          // ¥619,400 to 885 person-times.
          yearPlan(2025, [600, 45, 55, 160, 8, 17], {
            total: 6_194,
            shares: [50, 16, 20, 11, 2, 1],
            ranges: { WARMTH: [3, 15], EDUCATION: [10, 50], LIVING: [2, 20], MODEL_WORKER: [10, 50], OTHER: [2, 10] },
          }),
          yearPlan(2026, [300, 40, 45, 80, 6, 10]),
        ],
        inProgress: 12,
      };
    }
    if (c.name === "盱眙县总工会") {
      return {
        name: c.name,
        sample: 1400,
        files: { inFile: 380, pending: 20, lifted: 15, closed: 5, liftedYear: 2026 },
        warmthFromFiles: false,
        years: [
          // ¥1,026,800 to 814 households.
          yearPlan(2025, [520, 80, 90, 140, 10, 20], {
            total: 10_268,
            shares: [42, 22, 24, 9, 2, 1],
            ranges: { WARMTH: [5, 20], MEDICAL: [10, 150], LIVING: [3, 30], MODEL_WORKER: [20, 80], OTHER: [3, 15] },
          }),
          yearPlan(2026, [220, 45, 50, 60, 6, 10], { ranges: { WARMTH: [5, 20] } }),
        ],
        inProgress: 12,
      };
    }
    if (c.name === "建湖县总工会") {
      const y2026 = yearPlan(2026, [411, 35, 45, 60, 6, 8], { ranges: { WARMTH: [5, 20] } });
      // 2026 Spring Festival: ¥382,400 with 王建华's ¥1,000 added separately.
      y2026.kinds[0].total = 3_814;
      return {
        name: c.name,
        sample: 1500,
        files: { inFile: 300, pending: 20, lifted: 15, closed: 5, liftedYear: 2026 },
        warmthFromFiles: true,
        years: [yearPlan(2025, [300, 30, 40, 50, 6, 10]), y2026],
        inProgress: 0, // 建湖 gets its hand-made set below
      };
    }
    return small(c.name);
  });
}

function kindWindow(kind: Kind, year: number): [number, number] {
  if (kind === "WARMTH") return year === 2025 ? [day(2025, 1, 6), day(2025, 1, 26)] : [day(2026, 1, 20), day(2026, 2, 14)];
  if (kind === "EDUCATION") return [day(year, 8, 10), day(year, 9, 20)];
  if (kind === "MODEL_WORKER") return [day(year, 4, 18), day(year, 4, 30)];
  return [day(year, 2, 25), year === 2026 ? day(2026, 10, 28) : day(2025, 12, 20)];
}

const money = (units: number) => `${units * 100}.00`;
const ts = (d: number, hour: number, minute: number) => new Date(d * 86_400_000 + (hour - 8) * 3_600_000 + minute * 60_000).toISOString();

type Actor = { id: string | null; name: string };
type Step = { from: Status | null; to: Status; day: number; at: string; actor: Actor; reason: string | null };

type GrantSpec = {
  id: string;
  county: OrgRow;
  member: MemberPick;
  file: FileSpec | null;
  kind: Kind;
  units: number;
  year: number;
  status: Status;
  steps: Step[];
  details: object | null;
  reason: string;
  noticeStart: number | null;
  noticeEnd: number | null;
  fundId: string | null;
  paymentRef: string | null;
  decisionReason: string | null;
  /** Paid and then reversed: the ledger holds both entries; the grant is APPROVED again. */
  reversed?: { paidDay: number; reversedDay: number; fundId: string; paymentRef: string };
};

type FundSpec = { id: string; county: OrgRow; year: number; source: Source; /** hundreds of yuan */ budget: number };

type Entry = {
  id: number;
  fundId: string;
  kind: "ALLOCATION" | "DISBURSEMENT" | "REVERSAL";
  units: number;
  grantId: string | null;
  reverses: Entry | null;
  paymentRef: string | null;
  note: string;
  createdById: string | null;
  at: string;
};

class Loader {
  readonly orgById: Map<number, OrgRow>;
  readonly grants: GrantSpec[] = [];
  /** memberId|kind|year → hundreds of yuan already granted (all but rejected/withdrawn count towards caps). */
  private readonly usage = new Map<string, number>();
  private readonly caps = new Map<Kind, number>();
  private readonly people = new Map<string, string>();
  readonly funds = new Map<string, FundSpec>();
  private readonly paymentSeq = new Map<string, number>();

  constructor(
    readonly rng: Rng,
    readonly ctx: DemoContext,
    caps: { kind: Kind; perHousehold: number }[],
  ) {
    this.orgById = new Map(ctx.tree.orgs.map((o) => [o.id, o]));
    for (const c of caps) this.caps.set(c.kind, c.perHousehold);
  }

  // ------------------------------------------------------------ people

  private synthetic(key: string): Actor {
    let name = this.people.get(key);
    if (!name) {
      name = personName(this.rng, this.rng.chance(0.45), this.rng.int(1968, 1992));
      this.people.set(key, name);
    }
    return { id: null, name };
  }

  private account(username: string, name: string): Actor {
    return { id: this.ctx.userIds[username] ?? null, name };
  }

  visitorsFor(orgId: number): string {
    const town = this.townOf(orgId);
    const a = this.synthetic(`visit:${orgId}`).name;
    const b = town ? this.synthetic(`town:${town.id}`).name : this.synthetic(`visit2:${orgId}`).name;
    return `${a}、${b}`;
  }

  townOf(orgId: number): OrgRow | null {
    const org = this.orgById.get(orgId)!;
    for (const a of org.ancestorIds) if (this.orgById.get(a)!.level === "TOWN") return this.orgById.get(a)!;
    return null;
  }

  private unionActor(g: GrantSpec): Actor {
    const org = this.orgById.get(g.member.orgId)!;
    if (org.name === `${DEMO_UNION.company}工会委员会`) return this.account("huarui.staff", "刘晓芳");
    return this.synthetic(`union:${org.id}`);
  }

  private townActor(g: GrantSpec): Actor {
    const town = this.townOf(g.member.orgId);
    if (!town) return this.synthetic(`county-review:${g.county.id}`);
    if (town.name === "上冈镇总工会") return this.account("shanggang.staff", "周晓明");
    return this.synthetic(`town:${town.id}`);
  }

  private countyActor(g: GrantSpec, step: "approve" | "pay"): Actor {
    if (g.county.name === "建湖县总工会") return step === "approve" ? this.account("jianhu.staff", "朱海燕") : this.account("jianhu.admin", "建湖县总工会管理员");
    if (g.county.name === "盱眙县总工会") return this.account("xuyi.staff", "孙雅婷");
    return this.synthetic(`county:${g.county.id}`);
  }

  // ------------------------------------------------------------ caps

  private key(memberId: string, kind: Kind, year: number) {
    return `${memberId}|${kind}|${year}`;
  }

  /** Whether a new grant fits: distinct recipients per kind and year, except repeat living aid within the cap. */
  fits(m: MemberPick, kind: Kind, year: number, units: number, allowRepeat = false): boolean {
    const used = this.usage.get(this.key(m.id, kind, year)) ?? 0;
    if (used > 0 && !allowRepeat) return false;
    return used + units <= (this.caps.get(kind) ?? Infinity);
  }

  use(m: MemberPick, kind: Kind, year: number, units: number) {
    const k = this.key(m.id, kind, year);
    this.usage.set(k, (this.usage.get(k) ?? 0) + units);
  }

  // ------------------------------------------------------------ funds

  fundFor(county: OrgRow, year: number, kind: Kind): string {
    const r = this.rng.next();
    const source: Source = kind === "WARMTH" ? (r < 0.6 ? "ALLOCATION" : r < 0.9 ? "OWN" : "DONATION") : r < 0.45 ? "OWN" : r < 0.8 ? "ALLOCATION" : "DONATION";
    return this.fundId(county, year, source);
  }

  fundId(county: OrgRow, year: number, source: Source): string {
    const k = `${county.id}|${year}|${source}`;
    let f = this.funds.get(k);
    if (!f) {
      f = { id: this.rng.uuid(), county, year, source, budget: 0 };
      this.funds.set(k, f);
    }
    return f.id;
  }

  paymentRef(county: OrgRow, year: number): string {
    const k = `${county.code}-${year}`;
    const n = (this.paymentSeq.get(k) ?? 0) + 1;
    this.paymentSeq.set(k, n);
    return `ZF${county.code}${year}${String(n).padStart(5, "0")}`;
  }

  // ------------------------------------------------------------ grants

  /**
   * A grant whose last forward step (or final rejection/withdrawal) falls on
   * `anchor`; earlier steps are laid out backwards with working-day gaps.
   */
  grant(o: {
    county: OrgRow;
    member: MemberPick;
    file: FileSpec | null;
    kind: Kind;
    units: number;
    year: number;
    status: Status;
    anchor: number;
    stopAt?: Status;
    noticeStart?: number;
  }): GrantSpec {
    const { rng } = this;
    const g: GrantSpec = {
      id: rng.uuid(),
      county: o.county,
      member: o.member,
      file: o.file,
      kind: o.kind,
      units: o.units,
      year: o.year,
      status: o.status,
      steps: [],
      details: null,
      reason: grantReason(rng, o.kind, o.year),
      noticeStart: null,
      noticeEnd: null,
      fundId: null,
      paymentRef: null,
      decisionReason: null,
    };
    const final = o.status === "REJECTED" || o.status === "WITHDRAWN" ? o.stopAt! : o.status;
    const reached = FORWARD.slice(0, FORWARD.indexOf(final) + 1);
    // Walk back from the last forward step: the day before each step is its day less a gap.
    const gap: Partial<Record<Status, [number, number]>> = { APPROVED: [1, 4], REVIEWED: [1, 3], SUBMITTED: [0, 2] };
    const days = new Map<Status, number>();
    let d = o.status === "REJECTED" || o.status === "WITHDRAWN" ? o.anchor - rng.int(1, 3) : o.anchor;
    for (let i = reached.length - 1; i >= 0; i--) {
      const s = reached[i];
      if (s === "DISBURSED") {
        days.set(s, d);
        g.noticeEnd = d - rng.int(1, 4);
        g.noticeStart = g.noticeEnd - 4;
        d = g.noticeStart;
      } else if (s === "NOTICE") {
        if (final === "NOTICE") {
          g.noticeStart = o.noticeStart ?? d;
          g.noticeEnd = g.noticeStart + 4;
          d = g.noticeStart;
        }
        days.set(s, d);
        d -= rng.int(0, 2);
      } else {
        days.set(s, d);
        const [lo, hi] = gap[s] ?? [0, 0];
        d -= rng.int(lo, hi);
      }
    }
    let prev: Status | null = null;
    for (const s of reached) {
      this.step(g, { from: prev, to: s, day: days.get(s)!, actor: this.actorFor(g, s), reason: null });
      prev = s;
    }
    if (o.status === "REJECTED") {
      g.decisionReason = rng.pick(REJECT_REASONS);
      this.step(g, { from: prev, to: "REJECTED", day: o.anchor, actor: o.stopAt === "SUBMITTED" ? this.townActor(g) : this.countyActor(g, "approve"), reason: g.decisionReason });
    }
    if (o.status === "WITHDRAWN") {
      g.decisionReason = rng.pick(WITHDRAW_REASONS);
      this.step(g, { from: prev, to: "WITHDRAWN", day: o.anchor, actor: this.unionActor(g), reason: g.decisionReason });
    }
    if (o.kind === "EDUCATION") g.details = educationDetails(rng, o.year, personName(rng, rng.chance(0.5), 2007));
    if (o.kind === "MEDICAL") g.details = medicalDetails(rng, this.hospitals(o.county), o.units * 100);
    if (o.status === "DISBURSED") {
      g.fundId = this.fundFor(o.county, o.year, o.kind);
      g.paymentRef = this.paymentRef(o.county, o.year);
    }
    if (o.status !== "REJECTED" && o.status !== "WITHDRAWN") this.use(o.member, o.kind, o.year, o.units);
    this.grants.push(g);
    return g;
  }

  /** Office hours, one hour after the grant's previous step on the same day. */
  private step(g: GrantSpec, st: Omit<Step, "at">) {
    const prev = g.steps[g.steps.length - 1];
    const hour = prev && prev.day === st.day ? Number(prev.at.slice(11, 13)) + 8 + 1 : this.rng.int(9, 11);
    g.steps.push({ ...st, at: ts(st.day, Math.min(hour, 17), this.rng.int(0, 59)) });
  }

  private actorFor(g: GrantSpec, s: Status): Actor {
    if (s === "DRAFT" || s === "SUBMITTED") return this.unionActor(g);
    if (s === "REVIEWED") return this.townActor(g);
    if (s === "APPROVED") return this.countyActor(g, "approve");
    return this.countyActor(g, "pay");
  }

  private hospitals(county: OrgRow): string[] {
    const short = county.name.replace(/总工会$/, "").replace(/^.*市/, "");
    return [`${short}人民医院`, `${short}中医院`, "江苏省人民医院", "南京鼓楼医院", "江苏省肿瘤医院"];
  }

  /** A grant that was paid and then reversed (bank return): APPROVED again, both entries in the ledger. */
  reverse(g: GrantSpec, reason: string) {
    const paid = g.steps[g.steps.length - 1];
    const reversedDay = paid.day + 3;
    g.reversed = { paidDay: paid.day, reversedDay, fundId: g.fundId!, paymentRef: g.paymentRef! };
    this.step(g, { from: "DISBURSED", to: "APPROVED", day: reversedDay, actor: this.countyActor(g, "pay"), reason });
    g.status = "APPROVED";
    g.fundId = null;
    g.paymentRef = null;
    g.noticeStart = null;
    g.noticeEnd = null;
    g.decisionReason = reason;
  }
}

/** Pages through a list from a moving position, skipping what does not fit. */
class Cursor<T> {
  private i = 0;
  constructor(private readonly items: T[]) {}
  next(accept: (x: T) => boolean): T {
    for (let n = 0; n < this.items.length; n++) {
      const x = this.items[this.i++ % this.items.length];
      if (accept(x)) return x;
    }
    throw new Error("assistance demo: no recipient fits the caps");
  }
}

/**
 * About `n` active members per county, deterministically: member ids are
 * random UUIDs, so "id below a threshold" is a uniform sample that needs no
 * sort of the whole registry.
 */
async function sampleMembers(client: Client, counties: { id: number; n: number; members: number }[], exclude: string): Promise<Map<number, MemberPick[]>> {
  const threshold = (c: { n: number; members: number }) => {
    const share = Math.min(1, (2 * c.n) / c.members);
    return `${Math.floor(share * 0xffffffff).toString(16).padStart(8, "0")}-ffff-ffff-ffff-ffffffffffff`;
  };
  const r = await client.query<{ id: string; id_hash: string; org_id: number; name: string; ancestor_ids: number[] }>(
    `SELECT m.id, m.id_hash, m.org_id, m.name, o.ancestor_ids
     FROM member m JOIN organisation o ON o.id = m.org_id
     JOIN unnest($2::int[], $3::uuid[]) AS lim(county_id, below) ON lim.county_id = o.ancestor_ids[3]
     WHERE m.status = 'ACTIVE' AND m.id <> $1 AND m.id <= lim.below
     ORDER BY m.id`,
    [exclude, counties.map((c) => c.id), counties.map(threshold)],
  );
  const out = new Map<number, MemberPick[]>();
  for (const row of r.rows) {
    const county = row.ancestor_ids[2];
    const list = out.get(county) ?? [];
    list.push({ id: row.id, idHash: row.id_hash, orgId: row.org_id, name: row.name, ancestorIds: row.ancestor_ids });
    out.set(county, list);
  }
  for (const c of counties) out.set(c.id, (out.get(c.id) ?? []).slice(0, c.n));
  return out;
}

export async function loadGrantDemo(client: Client, ctx: DemoContext): Promise<void> {
  const { rng, tree } = ctx;
  const caps = (
    await client.query<{ kind: Kind; cap: string | null }>(`SELECT kind::text AS kind, (max_per_household_year / 100)::int::text AS cap FROM grant_policy`)
  ).rows.map((r) => ({ kind: r.kind, perHousehold: r.cap === null ? Infinity : Number(r.cap) }));
  const L = new Loader(rng, ctx, caps);
  const countyPlans = plans();
  const countyRow = (name: string) => tree.byName.get(name)!;

  const huaruiUnion = tree.byName.get(`${DEMO_UNION.company}工会委员会`)!;
  const shanggang = tree.byName.get("上冈镇总工会")!;
  const registry = new Map(COUNTIES.map((c) => [c.name, c.members]));
  const sample = await sampleMembers(client, countyPlans.map((p) => ({ id: countyRow(p.name).id, n: p.sample, members: registry.get(p.name)! })), ctx.demoMemberId);
  const huaruiMembers = (
    await client.query<{ id: string; id_hash: string; org_id: number; name: string; ancestor_ids: number[] }>(
      `SELECT m.id, m.id_hash, m.org_id, m.name, o.ancestor_ids FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE m.org_id = $1 AND m.status = 'ACTIVE' AND m.id <> $2 ORDER BY m.id LIMIT 12`,
      [huaruiUnion.id, ctx.demoMemberId],
    )
  ).rows.map((r) => ({ id: r.id, idHash: r.id_hash, orgId: r.org_id, name: r.name, ancestorIds: r.ancestor_ids }));
  const wang = (
    await client.query<{ id: string; id_hash: string; org_id: number; name: string }>(`SELECT id, id_hash, org_id, name FROM member WHERE id = $1`, [ctx.demoMemberId])
  ).rows.map((r) => ({ id: r.id, idHash: r.id_hash, orgId: r.org_id, name: r.name, ancestorIds: huaruiUnion.ancestorIds }))[0];

  const files = new HardshipFiles(rng, (orgId) => L.visitorsFor(orgId));

  for (const plan of countyPlans) {
    const county = countyRow(plan.name);
    const isJianhu = plan.name === "建湖县总工会";
    const taken = new Set(huaruiMembers.map((m) => m.id));
    const pool = (sample.get(county.id) ?? []).filter((m) => !taken.has(m.id));
    const shuffled = rng.shuffle(pool);
    const nFiles = plan.files.inFile + plan.files.pending + plan.files.lifted + plan.files.closed;
    const countyFiles = files.add(shuffled.slice(0, nFiles), plan.files);
    if (isJianhu) {
      countyFiles.push(...files.add([wang], { inFile: 1, pending: 0, lifted: 0, closed: 0 }));
      countyFiles.push(...files.add(huaruiMembers.slice(0, 4), { inFile: 4, pending: 0, lifted: 0, closed: 0 }));
    }
    const inFile = countyFiles.filter((f) => f.status === "IN_FILE");
    const fileOf = new Map(inFile.map((f) => [f.member.id, f]));
    const others = shuffled.slice(nFiles);

    for (const yp of plan.years) {
      const fileCursor = new Cursor(rng.shuffle(inFile));
      const otherCursor = new Cursor(rng.shuffle(others));
      const warmthCursor = new Cursor(plan.warmthFromFiles ? [...rng.shuffle(inFile).map((f) => f.member), ...rng.shuffle(others)] : []);
      if (isJianhu) {
        // 王建华: 送温暖 each Spring Festival (¥800 in 2025, ¥1,000 in 2026).
        const units = yp.year === 2025 ? 8 : 10;
        const [from, to] = kindWindow("WARMTH", yp.year);
        L.grant({ county, member: wang, file: fileOf.get(wang.id) ?? null, kind: "WARMTH", units, year: yp.year, status: "DISBURSED", anchor: rng.int(from, to) });
      }
      for (const kp of yp.kinds) {
        const amounts = kp.total
          ? allocate(Array.from({ length: kp.count }, () => 0.5 + rng.next()), kp.total, kp.range[0], kp.range[1])
          : Array.from({ length: kp.count }, () => kp.range[0] + Math.floor((kp.range[1] - kp.range[0] + 1) * rng.next() * rng.next()));
        const [from, to] = kindWindow(kp.kind, yp.year);
        // Living aid may be paid twice a year to the same household, within its cap.
        const livingHouseholds: FileSpec[] = [];
        const distinctLiving = Math.ceil((kp.count * 2) / 3);
        amounts.forEach((units, i) => {
          let member: MemberPick;
          let file: FileSpec | null = null;
          if (kp.kind === "LIVING" && i >= distinctLiving) {
            file = new Cursor(livingHouseholds.slice(i % livingHouseholds.length)).next((f) => L.fits(f.member, "LIVING", yp.year, units, true));
            member = file.member;
          } else if (kp.kind === "EDUCATION" || kp.kind === "MEDICAL" || kp.kind === "LIVING") {
            file = fileCursor.next((f) => L.fits(f.member, kp.kind, yp.year, units));
            member = file.member;
            if (kp.kind === "LIVING") livingHouseholds.push(file);
          } else if (kp.kind === "WARMTH" && plan.warmthFromFiles) {
            member = warmthCursor.next((m) => L.fits(m, "WARMTH", yp.year, units));
            file = fileOf.get(member.id) ?? null;
          } else {
            member = otherCursor.next((m) => L.fits(m, kp.kind, yp.year, units));
          }
          L.grant({ county, member, file, kind: kp.kind, units, year: yp.year, status: "DISBURSED", anchor: rng.int(from, to) });
        });
      }
      if (yp.year === 2026) {
        if (isJianhu) inProgressJianhu(L, county, shanggang, huaruiMembers, others, inFile, fileOf);
        else inProgressGeneric(L, county, plan.inProgress, others, inFile);
      }
    }
  }

  checkFigures(L);
  const fileCount = await files.insert(client);
  const ledger = buildLedger(L);
  await insertFunds(client, L, ledger);
  await insertGrants(client, L);
  await insertLedger(client, ledger);
  ctx.log(`assistance: ${fileCount.files} hardship files, ${fileCount.visits} visits, ${L.funds.size} funds, ${L.grants.length} grants, ${ledger.length} ledger entries`);
}

/** 建湖 2026 in progress, by hand: something in every state, with work waiting for huarui.staff, shanggang.staff and jianhu.staff. */
function inProgressJianhu(L: Loader, county: OrgRow, shanggang: OrgRow, huarui: MemberPick[], others: MemberPick[], inFile: FileSpec[], fileOf: Map<string, FileSpec>) {
  const { rng } = L;
  const inShanggang = (m: MemberPick) => m.ancestorIds.includes(shanggang.id);
  const huaruiFiles = huarui.slice(0, 4).map((m) => fileOf.get(m.id)!);
  const pools = {
    huarui: { files: new Cursor(huaruiFiles), members: new Cursor(huarui.slice(4)) },
    shanggang: { files: new Cursor(rng.shuffle(inFile.filter((f) => inShanggang(f.member) && !huarui.some((h) => h.id === f.member.id)))), members: new Cursor(rng.shuffle(others.filter(inShanggang))) },
    other: { files: new Cursor(rng.shuffle(inFile.filter((f) => !inShanggang(f.member)))), members: new Cursor(rng.shuffle(others.filter((m) => !inShanggang(m)))) },
  };
  type Spec = [keyof typeof pools, Status, Kind, ("over" | "in" | Status)?];
  const specs: Spec[] = [
    ["huarui", "DRAFT", "OTHER"],
    ["huarui", "DRAFT", "MEDICAL"],
    ["huarui", "SUBMITTED", "MEDICAL"],
    ["huarui", "SUBMITTED", "LIVING"],
    ["huarui", "SUBMITTED", "OTHER"],
    ["huarui", "SUBMITTED", "MODEL_WORKER"],
    ["huarui", "REVIEWED", "LIVING"],
    ["huarui", "REVIEWED", "OTHER"],
    ["shanggang", "SUBMITTED", "MEDICAL"],
    ["shanggang", "SUBMITTED", "LIVING"],
    ["shanggang", "SUBMITTED", "OTHER"],
    ["shanggang", "REVIEWED", "MEDICAL"],
    ["shanggang", "REVIEWED", "OTHER"],
    ["shanggang", "APPROVED", "OTHER"],
    ["shanggang", "NOTICE", "LIVING", "over"],
    ["other", "DRAFT", "OTHER"],
    ["other", "DRAFT", "MEDICAL"],
    ["other", "DRAFT", "LIVING"],
    ["other", "SUBMITTED", "MEDICAL"],
    ["other", "SUBMITTED", "OTHER"],
    ["other", "SUBMITTED", "LIVING"],
    ["other", "REVIEWED", "MEDICAL"],
    ["other", "REVIEWED", "LIVING"],
    ["other", "REVIEWED", "OTHER"],
    ["other", "REVIEWED", "MODEL_WORKER"],
    ["other", "REVIEWED", "MEDICAL"],
    ["other", "REVIEWED", "OTHER"],
    ["other", "APPROVED", "MEDICAL"],
    ["other", "APPROVED", "LIVING"],
    ["other", "APPROVED", "OTHER"],
    ["other", "APPROVED", "MODEL_WORKER"],
    ["other", "NOTICE", "MEDICAL", "over"],
    ["other", "NOTICE", "OTHER", "over"],
    ["other", "NOTICE", "LIVING", "in"],
    ["other", "NOTICE", "MEDICAL", "in"],
    ["other", "NOTICE", "OTHER", "in"],
    ["other", "REJECTED", "MEDICAL", "SUBMITTED"],
    ["other", "REJECTED", "LIVING", "REVIEWED"],
    ["other", "REJECTED", "OTHER", "APPROVED"],
    ["other", "REJECTED", "MEDICAL", "NOTICE"],
    ["other", "WITHDRAWN", "OTHER", "DRAFT"],
    ["other", "WITHDRAWN", "LIVING", "SUBMITTED"],
    ["other", "WITHDRAWN", "MEDICAL", "REVIEWED"],
  ];
  for (const [poolName, status, kind, extra] of specs) {
    const p = pools[poolName];
    const units = RANGES[kind][0] + rng.int(0, 10);
    const needsFile = kind === "MEDICAL" || kind === "LIVING";
    const file = needsFile ? p.files.next((f) => L.fits(f.member, kind, 2026, units)) : null;
    const member = file ? file.member : p.members.next((m) => L.fits(m, kind, 2026, units));
    const anchor = rng.int(day(2026, 10, 12), day(2026, 11, 18));
    if (status === "NOTICE") {
      const noticeStart = extra === "over" ? rng.int(day(2026, 11, 2), day(2026, 11, 6)) : rng.int(day(2026, 11, 18), day(2026, 11, 20));
      L.grant({ county, member, file, kind, units, year: 2026, status, anchor: noticeStart, noticeStart });
    } else if (status === "REJECTED" || status === "WITHDRAWN") {
      L.grant({ county, member, file, kind, units, year: 2026, status, anchor, stopAt: extra as Status });
    } else {
      L.grant({ county, member, file, kind, units, year: 2026, status, anchor });
    }
  }
  // Paid, returned by the bank, reversed: approved again and waiting for a new notice.
  const file = pools.other.files.next((f) => L.fits(f.member, "MEDICAL", 2026, 30));
  const g = L.grant({ county, member: file.member, file, kind: "MEDICAL", units: 30, year: 2026, status: "DISBURSED", anchor: day(2026, 10, 20) });
  L.reverse(g, "收款账户信息有误，银行退票，冲正后重新公示发放");
}

function inProgressGeneric(L: Loader, county: OrgRow, n: number, others: MemberPick[], inFile: FileSpec[]) {
  const { rng } = L;
  const files = new Cursor(rng.shuffle(inFile));
  const members = new Cursor(rng.shuffle(others));
  const cycle: [Status, ("over" | "in" | Status)?][] = [
    ["SUBMITTED"], ["REVIEWED"], ["APPROVED"], ["NOTICE", "over"], ["NOTICE", "in"], ["REJECTED", "REVIEWED"], ["DRAFT"], ["WITHDRAWN", "SUBMITTED"],
    ["SUBMITTED"], ["REVIEWED"], ["REVIEWED"], ["NOTICE", "over"],
  ];
  const kinds: Kind[] = ["MEDICAL", "LIVING", "OTHER", "MODEL_WORKER"];
  for (let i = 0; i < n; i++) {
    const [status, extra] = cycle[i % cycle.length];
    const kind = kinds[i % kinds.length];
    const units = RANGES[kind][0] + rng.int(0, 8);
    const file = kind === "MEDICAL" || kind === "LIVING" ? files.next((f) => L.fits(f.member, kind, 2026, units)) : null;
    const member = file ? file.member : members.next((m) => L.fits(m, kind, 2026, units));
    if (status === "NOTICE") {
      const noticeStart = extra === "over" ? rng.int(day(2026, 11, 2), day(2026, 11, 6)) : rng.int(day(2026, 11, 18), day(2026, 11, 20));
      L.grant({ county, member, file, kind, units, year: 2026, status, anchor: noticeStart, noticeStart });
    } else {
      L.grant({ county, member, file, kind, units, year: 2026, status, anchor: rng.int(day(2026, 10, 12), day(2026, 11, 18)), stopAt: extra as Status | undefined });
    }
  }
}

/** The seeds' figures, exactly; a mistake in the plans fails the load instead of showing wrong numbers. */
function checkFigures(L: Loader) {
  const sum = (county: string, year: number, kind?: Kind) => {
    const gs = L.grants.filter((g) => g.county.name === county && g.year === year && g.status === "DISBURSED" && (!kind || g.kind === kind));
    return { units: gs.reduce((s, g) => s + g.units, 0), n: gs.length, households: new Set(gs.map((g) => g.file?.id ?? g.member.id)).size };
  };
  const dantu = sum("丹徒区总工会", 2025);
  const xuyi = sum("盱眙县总工会", 2025);
  const jianhu = sum("建湖县总工会", 2026, "WARMTH");
  const ok = dantu.units === 6_194 && dantu.n === 885 && xuyi.units >= 10_000 && xuyi.households >= 800 && jianhu.units === 3_824;
  if (!ok) throw new Error(`assistance demo figures off: 丹徒 ${JSON.stringify(dantu)}, 盱眙 ${JSON.stringify(xuyi)}, 建湖 ${JSON.stringify(jianhu)}`);
  for (const g of L.grants) {
    if (g.steps.some((s) => s.day > LAST_DAY)) throw new Error(`assistance demo: grant step after ${iso(LAST_DAY)}`);
  }
}

/**
 * Allocations per fund, sized from what the fund pays: a first instalment in
 * early January covering the first half-year, the rest on 1 July, with
 * headroom (more for the current year, still being spent). Entries are
 * ordered by time so the running balance never dips below zero.
 */
function buildLedger(L: Loader): Entry[] {
  const { rng } = L;
  const entries: Omit<Entry, "id">[] = [];
  const byFund = new Map<string, { day: number; units: number }[]>();
  for (const g of L.grants) {
    const paid = g.status === "DISBURSED" ? { fund: g.fundId!, day: g.steps[g.steps.length - 1].day } : g.reversed ? { fund: g.reversed.fundId, day: g.reversed.paidDay } : null;
    if (!paid) continue;
    const list = byFund.get(paid.fund) ?? [];
    list.push({ day: paid.day, units: g.units });
    byFund.set(paid.fund, list);
  }
  const ceilTo = (n: number, step: number) => Math.ceil(n / step) * step;
  for (const f of L.funds.values()) {
    const flows = byFund.get(f.id) ?? [];
    const total = flows.reduce((s, x) => s + x.units, 0);
    const firstHalf = flows.filter((x) => x.day < day(f.year, 7, 1)).reduce((s, x) => s + x.units, 0);
    const a1 = ceilTo(Math.max(Math.ceil((firstHalf * 115) / 100), 200), 100);
    const all = Math.max(a1, ceilTo(Math.ceil((total * 120) / 100) + 300, 100) + (f.year === 2026 ? 1_500 : 0));
    const createdById = L.ctx.userIds[f.county.name === "建湖县总工会" ? "jianhu.admin" : f.county.name === "盱眙县总工会" ? "xuyi.staff" : ""] ?? null;
    const note1 = f.source === "OWN" ? `${f.year}年度工会经费预算安排` : f.source === "ALLOCATION" ? `上级工会下拨${f.year}年送温暖专项资金` : `${f.year}年爱心企业定向捐赠`;
    entries.push({ fundId: f.id, kind: "ALLOCATION", units: a1, grantId: null, reverses: null, paymentRef: null, note: note1, createdById, at: ts(day(f.year, 1, 3), 10, rng.int(0, 59)) });
    if (all > a1) {
      const note2 = f.source === "OWN" ? `${f.year}年度工会经费追加安排` : f.source === "ALLOCATION" ? `上级工会下拨${f.year}年困难职工帮扶资金（第二批）` : `${f.year}年“金秋助学”社会捐赠`;
      entries.push({ fundId: f.id, kind: "ALLOCATION", units: all - a1, grantId: null, reverses: null, paymentRef: null, note: note2, createdById, at: ts(day(f.year, 7, 1), 10, rng.int(0, 59)) });
    }
    f.budget = ceilTo(Math.ceil((all * 110) / 100), 100);
  }
  // One allocation booked twice by mistake and reversed the next day (盱眙, 2025 donations).
  const xuyi = [...L.funds.values()].find((f) => f.county.name === "盱眙县总工会" && f.year === 2025 && f.source === "DONATION")!;
  const dup = { fundId: xuyi.id, kind: "ALLOCATION" as const, units: 500, grantId: null, reverses: null, paymentRef: null, note: "2025年爱心企业定向捐赠", createdById: L.ctx.userIds["xuyi.staff"] ?? null, at: ts(day(2025, 1, 4), 9, 30) };
  entries.push(dup);
  entries.push({ ...dup, kind: "REVERSAL", units: -500, reverses: dup as Entry, note: "重复登记同一笔捐赠，冲正", at: ts(day(2025, 1, 5), 9, 15) });

  for (const g of L.grants) {
    const disbursed = g.status === "DISBURSED" ? { fundId: g.fundId!, ref: g.paymentRef! } : g.reversed ? { fundId: g.reversed.fundId, ref: g.reversed.paymentRef } : null;
    if (!disbursed) continue;
    const payStep = g.steps.find((s) => s.to === "DISBURSED")!;
    const paid: Omit<Entry, "id"> = {
      fundId: disbursed.fundId,
      kind: "DISBURSEMENT",
      units: -g.units,
      grantId: g.id,
      reverses: null,
      paymentRef: disbursed.ref,
      note: `${KIND_NOTES[g.kind]}：${g.member.name}`,
      createdById: payStep.actor.id,
      at: payStep.at,
    };
    entries.push(paid);
    if (g.reversed) {
      const step = g.steps[g.steps.length - 1];
      entries.push({ ...paid, kind: "REVERSAL", units: g.units, reverses: paid as Entry, paymentRef: null, note: step.reason!, createdById: step.actor.id, at: step.at });
    }
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const out = entries as Entry[];
  out.forEach((e, i) => (e.id = i + 1));
  return out;
}

const KIND_NOTES: Record<Kind, string> = { WARMTH: "送温暖", EDUCATION: "金秋助学", MEDICAL: "医疗救助", LIVING: "生活救助", MODEL_WORKER: "困难劳模帮扶", OTHER: "其他帮扶" };

async function insertFunds(client: Client, L: Loader, ledger: Entry[]) {
  const funds = [...L.funds.values()];
  const created = new Map<string, string>();
  for (const e of ledger) if (!created.has(e.fundId)) created.set(e.fundId, e.at);
  await bulkInsert(
    client,
    "fund",
    [
      { name: "id", type: "uuid", values: funds.map((f) => f.id) },
      { name: "org_id", type: "int", values: funds.map((f) => f.county.id) },
      { name: "year", type: "int", values: funds.map((f) => f.year) },
      { name: "source", type: '"FundSource"', values: funds.map((f) => f.source) },
      { name: "name", type: "text", values: funds.map((f) => `${f.year}年困难职工帮扶资金（${SOURCE_LABELS[f.source]}）`) },
      { name: "budget", type: "numeric", values: funds.map((f) => money(f.budget)) },
      { name: "created_at", type: "timestamptz", values: funds.map((f) => created.get(f.id) ?? ts(day(f.year, 1, 2), 9, 0)) },
      { name: "updated_at", type: "timestamptz", values: funds.map((f) => created.get(f.id) ?? ts(day(f.year, 1, 2), 9, 0)) },
    ],
    { stamps: [] },
  );
}

async function insertGrants(client: Client, L: Loader) {
  const gs = L.grants;
  const by = (g: GrantSpec, s: Status) => g.steps.find((x) => x.to === s && x.from !== "DISBURSED")?.actor.id ?? null;
  const at = (g: GrantSpec, i: number) => g.steps[i].at;
  const disbursedStep = (g: GrantSpec) => (g.status === "DISBURSED" ? g.steps.findIndex((s) => s.to === "DISBURSED") : -1);
  await bulkInsert(
    client,
    "grant",
    [
      { name: "id", type: "uuid", values: gs.map((g) => g.id) },
      { name: "org_id", type: "int", values: gs.map((g) => g.member.orgId) },
      { name: "member_id", type: "uuid", values: gs.map((g) => g.member.id) },
      { name: "file_id", type: "uuid", values: gs.map((g) => g.file?.id ?? null) },
      { name: "kind", type: '"GrantKind"', values: gs.map((g) => g.kind) },
      { name: "amount", type: "numeric", values: gs.map((g) => money(g.units)) },
      { name: "reason", type: "text", values: gs.map((g) => g.reason) },
      { name: "details_cipher", type: "bytea", values: gs.map((g) => (g.details ? encryptJson(g.details) : null)) },
      { name: "status", type: '"GrantStatus"', values: gs.map((g) => g.status) },
      { name: "year", type: "int", values: gs.map((g) => g.year) },
      { name: "fund_id", type: "uuid", values: gs.map((g) => g.fundId) },
      { name: "notice_starts_on", type: "date", values: gs.map((g) => (g.noticeStart === null ? null : iso(g.noticeStart))) },
      { name: "notice_ends_on", type: "date", values: gs.map((g) => (g.noticeEnd === null ? null : iso(g.noticeEnd))) },
      { name: "payment_ref", type: "text", values: gs.map((g) => g.paymentRef) },
      { name: "decision_reason", type: "text", values: gs.map((g) => g.decisionReason) },
      { name: "created_by_id", type: "uuid", values: gs.map((g) => by(g, "DRAFT")) },
      { name: "submitted_by_id", type: "uuid", values: gs.map((g) => by(g, "SUBMITTED")) },
      { name: "reviewed_by_id", type: "uuid", values: gs.map((g) => by(g, "REVIEWED")) },
      { name: "approved_by_id", type: "uuid", values: gs.map((g) => by(g, "APPROVED")) },
      { name: "disbursed_by_id", type: "uuid", values: gs.map((g) => (g.status === "DISBURSED" ? by(g, "DISBURSED") : null)) },
      { name: "disbursed_at", type: "timestamptz", values: gs.map((g) => (disbursedStep(g) >= 0 ? at(g, disbursedStep(g)) : null)) },
      { name: "version", type: "int", values: gs.map((g) => g.steps.length - 1) },
      { name: "created_at", type: "timestamptz", values: gs.map((g) => at(g, 0)) },
      { name: "updated_at", type: "timestamptz", values: gs.map((g) => at(g, g.steps.length - 1)) },
    ],
    { stamps: [] },
  );
  const events = gs.flatMap((g) => g.steps.map((s) => ({ g, s, at: s.at })));
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await bulkInsert(
    client,
    "grant_event",
    [
      { name: "grant_id", type: "uuid", values: events.map((e) => e.g.id) },
      { name: "from_status", type: '"GrantStatus"', values: events.map((e) => e.s.from) },
      { name: "to_status", type: '"GrantStatus"', values: events.map((e) => e.s.to) },
      { name: "actor_id", type: "uuid", values: events.map((e) => e.s.actor.id) },
      { name: "actor_name", type: "text", values: events.map((e) => e.s.actor.name) },
      { name: "reason", type: "text", values: events.map((e) => e.s.reason) },
      { name: "at", type: "timestamptz", values: events.map((e) => e.at) },
    ],
    { stamps: [] },
  );
}

async function insertLedger(client: Client, ledger: Entry[]) {
  await bulkInsert(
    client,
    "ledger_entry",
    [
      { name: "id", type: "bigint", values: ledger.map((e) => e.id) },
      { name: "fund_id", type: "uuid", values: ledger.map((e) => e.fundId) },
      { name: "kind", type: '"LedgerKind"', values: ledger.map((e) => e.kind) },
      { name: "amount", type: "numeric", values: ledger.map((e) => (e.units < 0 ? `-${money(-e.units)}` : money(e.units))) },
      { name: "grant_id", type: "uuid", values: ledger.map((e) => e.grantId) },
      { name: "reverses_id", type: "bigint", values: ledger.map((e) => e.reverses?.id ?? null) },
      { name: "payment_ref", type: "text", values: ledger.map((e) => e.paymentRef) },
      { name: "note", type: "text", values: ledger.map((e) => e.note) },
      { name: "created_by_id", type: "uuid", values: ledger.map((e) => e.createdById) },
      { name: "created_at", type: "timestamptz", values: ledger.map((e) => e.at) },
    ],
    { stamps: [] },
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('ledger_entry', 'id'), (SELECT max(id) FROM ledger_entry))`);
}
