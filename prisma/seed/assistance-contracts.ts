// Demo enterprise register and collective contracts (集体合同).
//
// Enterprises: one per independent grassroots union (its name without 工会/
// 工会委员会, its credit code and staff), the small firms each joint union covers
// (located where the joint union sits), and firms without a union, so that the
// unionisation rate (建会率) is about 80% and differs from town to town.
//
// Contracts, as of REFERENCE_DAY (2026-11-01):
// - 建湖县: comprehensive, wage-specific and women workers' contracts of the
//   enterprise unions, regional contracts of the joint unions, industry
//   contracts of the industry federations; wage negotiation coverage near the
//   90% target (each town's own figure drawn around it, some above, some
//   below); a few contracts ending within 60 days, a few past their term
//   (some still marked in force), renewal chains, and every lifecycle state.
// - 盱眙县: 13 regional/industry contracts in force covering 265 enterprises
//   and 16,000 workers counted contract by contract (the figure the county
//   reports); many firms are on both their town's and an industry contract,
//   so the de-duplicated coverage is lower.
// - the other counties: the same mix as 建湖 at lower rates.
// Deterministic: everything draws from a generator seeded from ctx.rng.
import type { Client } from "pg";
import type { DemoContext } from "./context";
import { bulkInsert } from "./bulk";
import { addYears, day, iso, REFERENCE_DAY } from "./dates";
import { CreditCodes } from "./ids";
import { brand, COMMON_INDUSTRIES } from "./names";
import { allocate, Rng, WeightedPicker } from "./random";
import type { OrgRow } from "./types";
import { DEMO_UNION } from "./orgs";

type Status = "OFFERED" | "NEGOTIATING" | "CONGRESS_APPROVED" | "SIGNED" | "SUBMITTED" | "IN_FORCE" | "EXPIRED" | "RENEWED";
type Kind = "COMPREHENSIVE" | "WAGE" | "WOMEN" | "REGIONAL" | "INDUSTRY";

type Ent = {
  id: string;
  name: string;
  creditCode: string | null;
  workerCount: number;
  area: OrgRow;
  union: OrgRow | null;
  town: OrgRow;
  county: OrgRow;
};

const REF = REFERENCE_DAY;
const JIANHU = "建湖县总工会";
const XUYI = "盱眙县总工会";

/** County baseline of 建会率; each town varies around it. 泗阳 meets its ≥ 80% target. */
const UNIONISATION_BASE: Record<string, number> = {
  建湖县总工会: 0.8,
  泗阳县总工会: 0.84,
  盱眙县总工会: 0.78,
  丹徒区总工会: 0.82,
};

export async function loadContractDemo(client: Client, ctx: DemoContext): Promise<void> {
  // One draw from the shared generator seeds ours, so this data set does not
  // shift the other loaders' data (or theirs ours) when either changes.
  const rng = new Rng(ctx.rng.int(1, 2_147_483_646));
  const orgs = ctx.tree.orgs;
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const enterprises = buildEnterprises(rng, orgs, byId);
  await insertEnterprises(client, enterprises);
  ctx.log(`inserted ${enterprises.length} enterprises`);

  const book = new ContractBook(rng);
  const counties = orgs.filter((o) => o.level === "COUNTY");
  for (const county of counties) {
    const ents = enterprises.filter((e) => e.county === county);
    if (county.name === XUYI) planXuyi(book, rng, orgs, county, ents);
    else planCounty(book, rng, orgs, county, ents, county.name === JIANHU);
  }
  await book.insert(client);
  ctx.log(`inserted ${book.contractCount} contracts, ${book.coverageCount} coverage rows, ${book.eventCount} events`);
}

// ---------------------------------------------------------------- enterprises

const SMALL_FIRM_SUFFIXES = new WeightedPicker<string>([
  ["有限公司", 10],
  ["厂", 2],
  ["经营部", 1],
  ["商贸有限公司", 2],
  ["科技有限公司", 2],
]);
const industries = new WeightedPicker(COMMON_INDUSTRIES);

function buildEnterprises(rng: Rng, orgs: OrgRow[], byId: Map<number, OrgRow>): Ent[] {
  const out: Ent[] = [];
  const names = new Set<string>();
  const codes = new Set(orgs.map((o) => o.creditCode).filter((c): c is string => !!c));
  const credit = new CreditCodes();
  const countyOf = (o: OrgRow) => byId.get(o.ancestorIds[2])!;
  const townOf = (o: OrgRow) => byId.get(o.ancestorIds[3])!;
  const newCode = (county: OrgRow) => {
    for (;;) {
      const c = credit.next(rng, county.code!);
      if (!codes.has(c)) {
        codes.add(c);
        return c;
      }
    }
  };
  const smallFirmName = (town: OrgRow) => {
    const place = town.name.replace(/(镇|街道|经济开发区)?总工会$/, "");
    for (;;) {
      const core = brand(rng) + industries.pick(rng);
      const name = rng.chance(0.5) ? `${place}${core}${SMALL_FIRM_SUFFIXES.pick(rng)}` : `${countyShort(countyOf(town))}${core}${SMALL_FIRM_SUFFIXES.pick(rng)}`;
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };

  for (const o of orgs) {
    if (o.level !== "GRASSROOTS" || o.kind !== "INDEPENDENT") continue;
    const name = o.name.replace(/工会(委员会)?$/, "");
    names.add(name);
    out.push({ id: rng.uuid(), name, creditCode: o.creditCode, workerCount: Math.max(1, o.employeeCount ?? 50), area: byId.get(o.parentId!)!, union: o, town: townOf(o), county: countyOf(o) });
  }
  for (const o of orgs) {
    if (o.kind !== "JOINT") continue;
    const n = o.coveredEnterprises ?? 20;
    const area = byId.get(o.parentId!)!;
    const workers = allocate(
      Array.from({ length: n }, () => rng.pareto(1.6, 40)),
      Math.max(o.employeeCount ?? n * 8, n),
      1,
    );
    for (let i = 0; i < n; i++) {
      out.push({ id: rng.uuid(), name: smallFirmName(townOf(o)), creditCode: newCode(countyOf(o)), workerCount: workers[i], area, union: o, town: townOf(o), county: countyOf(o) });
    }
  }
  // Firms not yet unionised: per town, enough to bring its rate to its own draw.
  const unionisedPerTown = new Map<OrgRow, number>();
  for (const e of out) unionisedPerTown.set(e.town, (unionisedPerTown.get(e.town) ?? 0) + 1);
  for (const town of orgs.filter((o) => o.level === "TOWN")) {
    const u = unionisedPerTown.get(town) ?? 0;
    const county = countyOf(town);
    const rate = Math.min(0.95, Math.max(0.62, (UNIONISATION_BASE[county.name] ?? 0.79) + (rng.next() - 0.5) * 0.16));
    const n = Math.round((u * (1 - rate)) / rate);
    const villages = orgs.filter((o) => o.parentId === town.id && o.level === "VILLAGE");
    for (let i = 0; i < n; i++) {
      const area = villages.length && rng.chance(0.6) ? rng.pick(villages) : town;
      // Mostly small; the "50+ staff" drive targets the few larger ones.
      const workerCount = rng.chance(0.12) ? rng.int(50, 180) : Math.round(3 * rng.pareto(1.3, 15));
      out.push({ id: rng.uuid(), name: smallFirmName(town), creditCode: rng.chance(0.9) ? newCode(county) : null, workerCount, area, union: null, town, county });
    }
  }
  return out;
}

async function insertEnterprises(client: Client, ents: Ent[]) {
  await bulkInsert(client, "enterprise", [
    { name: "id", type: "uuid", values: ents.map((e) => e.id) },
    { name: "area_org_id", type: "int", values: ents.map((e) => e.area.id) },
    { name: "union_org_id", type: "int", values: ents.map((e) => e.union?.id ?? null) },
    { name: "name", type: "text", values: ents.map((e) => e.name) },
    { name: "credit_code", type: "text", values: ents.map((e) => e.creditCode) },
    { name: "worker_count", type: "int", values: ents.map((e) => e.workerCount) },
  ]);
}

const countyShort = (county: OrgRow) => county.name.replace(/总工会$/, "");
const placeShort = (org: OrgRow) => org.name.replace(/(总工会|工会联合会|联合工会|工会)$/, "");

// ---------------------------------------------------------------- contracts

type ContractSpec = {
  org: OrgRow;
  kind: Kind;
  title: string;
  employerParty: string;
  status: Status;
  /** For contracts that went into force. */
  term?: { from: number; to: number };
  covers: { ent: Ent; workers: number }[];
  renewedFromId?: string;
  /** Date of the EXPIRED or RENEWED step. */
  endedOn?: number;
  /** Sent back by the bureau once (SUBMITTED → NEGOTIATING) before reaching its status. */
  returned?: boolean;
};

const STEP_GAPS: Record<Status, [number, number]> = {
  OFFERED: [0, 0],
  NEGOTIATING: [5, 20],
  CONGRESS_APPROVED: [10, 45],
  SIGNED: [1, 10],
  SUBMITTED: [2, 12],
  IN_FORCE: [5, 25],
  EXPIRED: [0, 0],
  RENEWED: [0, 0],
};
const PATH: Status[] = ["OFFERED", "NEGOTIATING", "CONGRESS_APPROVED", "SIGNED", "SUBMITTED", "IN_FORCE"];
const RETURN_REASONS = ["工资增长幅度条款表述不明确，请双方重新协商", "劳动定额标准未经职代会审议", "女职工特殊保护条款低于法定标准，须修改"];

class ContractBook {
  readonly c = {
    id: [] as string[],
    orgId: [] as number[],
    kind: [] as Kind[],
    title: [] as string[],
    employerParty: [] as string[],
    status: [] as Status[],
    offeredOn: [] as string[],
    congressOn: [] as (string | null)[],
    votesFor: [] as (number | null)[],
    votesAgainst: [] as (number | null)[],
    votesAbstain: [] as (number | null)[],
    signedOn: [] as (string | null)[],
    submittedOn: [] as (string | null)[],
    effectiveFrom: [] as (string | null)[],
    effectiveTo: [] as (string | null)[],
    renewedFromId: [] as (string | null)[],
  };
  readonly cov = { contractId: [] as string[], enterpriseId: [] as string[], workerCount: [] as number[] };
  readonly ev = { contractId: [] as string[], from: [] as (Status | null)[], to: [] as Status[], on: [] as string[], note: [] as (string | null)[], at: [] as string[] };

  constructor(private readonly rng: Rng) {}

  get contractCount() {
    return this.c.id.length;
  }
  get coverageCount() {
    return this.cov.contractId.length;
  }
  get eventCount() {
    return this.ev.contractId.length;
  }

  /** Adds a contract with the dates and event history its status implies; returns its id and offer day. */
  add(s: ContractSpec, id = this.rng.uuid()): { id: string; offeredOn: number } {
    const { rng } = this;
    const effective = s.status === "IN_FORCE" || s.status === "EXPIRED" || s.status === "RENEWED";
    const reached = effective ? PATH : PATH.slice(0, PATH.indexOf(s.status) + 1);
    // Walk back from the last step (the day it went into force, or recently).
    const days = new Map<Status, number>();
    // A contract sent back once needs room after its first negotiation for the round trip.
    let d = effective ? s.term!.from : s.returned ? REF - rng.int(35, 60) : REF - rng.int(1, 40);
    for (let i = reached.length - 1; i >= 0; i--) {
      days.set(reached[i], d);
      const [lo, hi] = STEP_GAPS[reached[i]];
      d -= rng.int(lo, hi);
    }
    const reps = Math.max(15, Math.min(300, Math.round(s.covers.reduce((n, c) => n + c.workers, 0) / 8)));
    const against = Math.round(reps * rng.next() * 0.05);
    const abstain = Math.round(reps * rng.next() * 0.05);
    const votesFor = reps - against - abstain - rng.int(0, Math.floor(reps * 0.05));
    const dayOf = (st: Status) => (days.has(st) ? iso(days.get(st)!) : null);

    const c = this.c;
    c.id.push(id);
    c.orgId.push(s.org.id);
    c.kind.push(s.kind);
    c.title.push(s.title);
    c.employerParty.push(s.employerParty);
    c.status.push(s.status);
    c.offeredOn.push(dayOf("OFFERED")!);
    c.congressOn.push(dayOf("CONGRESS_APPROVED"));
    const voted = days.has("CONGRESS_APPROVED");
    c.votesFor.push(voted ? votesFor : null);
    c.votesAgainst.push(voted ? against : null);
    c.votesAbstain.push(voted ? abstain : null);
    c.signedOn.push(dayOf("SIGNED"));
    c.submittedOn.push(dayOf("SUBMITTED"));
    c.effectiveFrom.push(effective ? iso(s.term!.from) : null);
    c.effectiveTo.push(effective ? iso(s.term!.to) : null);
    c.renewedFromId.push(s.renewedFromId ?? null);

    for (const { ent, workers } of s.covers) {
      this.cov.contractId.push(id);
      this.cov.enterpriseId.push(ent.id);
      this.cov.workerCount.push(workers);
    }

    let prev: Status | null = null;
    for (const st of reached) {
      const note =
        st === "CONGRESS_APPROVED" ? `赞成${votesFor}票，反对${against}票，弃权${abstain}票`
        : st === "IN_FORCE" ? `期限 ${iso(s.term!.from)} 至 ${iso(s.term!.to)}`
        : st === "OFFERED" && s.renewedFromId ? "续订上一期合同"
        : null;
      this.event(id, prev, st, days.get(st)!, note);
      prev = st;
    }
    if (s.returned && s.status === "NEGOTIATING") {
      // Approved, signed and submitted once, then sent back by the bureau.
      const neg = days.get("NEGOTIATING")!;
      this.event(id, "NEGOTIATING", "CONGRESS_APPROVED", neg + 12, `赞成${votesFor}票，反对${against}票，弃权${abstain}票`);
      this.event(id, "CONGRESS_APPROVED", "SIGNED", neg + 15, null);
      this.event(id, "SIGNED", "SUBMITTED", neg + 18, null);
      this.event(id, "SUBMITTED", "NEGOTIATING", neg + 30, `审查有异议：${rng.pick(RETURN_REASONS)}`);
    }
    if (s.status === "EXPIRED") this.event(id, "IN_FORCE", "EXPIRED", s.endedOn!, "期限届满");
    if (s.status === "RENEWED") this.event(id, "IN_FORCE", "RENEWED", s.endedOn!, "启动续订协商");
    return { id, offeredOn: days.get("OFFERED")! };
  }

  /**
   * A contract and its renewal: the renewal's offer (要约) is the day the old
   * one was marked renewed, so the renewal is added first to learn that day.
   */
  renewal(old: Omit<ContractSpec, "status" | "endedOn" | "renewedFromId">, next: Omit<ContractSpec, "renewedFromId">) {
    const oldId = this.rng.uuid();
    const added = this.add({ ...next, renewedFromId: oldId });
    this.add({ ...old, status: "RENEWED", endedOn: added.offeredOn }, oldId);
    return added;
  }

  private event(contractId: string, from: Status | null, to: Status, on: number, note: string | null) {
    this.ev.contractId.push(contractId);
    this.ev.from.push(from);
    this.ev.to.push(to);
    this.ev.on.push(iso(on));
    this.ev.note.push(note);
    this.ev.at.push(`${iso(on)}T09:30:00+08:00`);
  }

  async insert(client: Client) {
    // Contracts that others renew go first, so every renewed_from_id exists when its row arrives.
    const order = this.c.id.map((_, i) => i).sort((a, b) => Number(this.c.renewedFromId[a] !== null) - Number(this.c.renewedFromId[b] !== null) || a - b);
    const c = Object.fromEntries(Object.entries(this.c).map(([k, v]) => [k, order.map((i) => (v as unknown[])[i])])) as unknown as ContractBook["c"];
    await bulkInsert(client, "contract", [
      { name: "id", type: "uuid", values: c.id },
      { name: "org_id", type: "int", values: c.orgId },
      { name: "kind", type: '"ContractKind"', values: c.kind },
      { name: "title", type: "text", values: c.title },
      { name: "employer_party", type: "text", values: c.employerParty },
      { name: "status", type: '"ContractStatus"', values: c.status },
      { name: "offered_on", type: "date", values: c.offeredOn },
      { name: "congress_on", type: "date", values: c.congressOn },
      { name: "votes_for", type: "int", values: c.votesFor },
      { name: "votes_against", type: "int", values: c.votesAgainst },
      { name: "votes_abstain", type: "int", values: c.votesAbstain },
      { name: "signed_on", type: "date", values: c.signedOn },
      { name: "submitted_on", type: "date", values: c.submittedOn },
      { name: "effective_from", type: "date", values: c.effectiveFrom },
      { name: "effective_to", type: "date", values: c.effectiveTo },
      // Renewals point back at contracts inserted in the same batch or earlier ones.
      { name: "renewed_from_id", type: "uuid", values: c.renewedFromId },
    ]);
    await bulkInsert(
      client,
      "contract_coverage",
      [
        { name: "contract_id", type: "uuid", values: this.cov.contractId },
        { name: "enterprise_id", type: "uuid", values: this.cov.enterpriseId },
        { name: "worker_count", type: "int", values: this.cov.workerCount },
      ],
      { stamps: [] },
    );
    await bulkInsert(
      client,
      "contract_event",
      [
        { name: "contract_id", type: "uuid", values: this.ev.contractId },
        { name: "from_status", type: '"ContractStatus"', values: this.ev.from },
        { name: "to_status", type: '"ContractStatus"', values: this.ev.to },
        { name: "on", type: "date", values: this.ev.on },
        { name: "note", type: "text", values: this.ev.note },
        { name: "at", type: "timestamptz", values: this.ev.at },
      ],
      { stamps: [] },
    );
  }
}

// ---- terms ----

const YEAR = 365;

/** A term of `years` that is in force on REF and ends at least 100 days after it. */
function runningTerm(rng: Rng, years: number): { from: number; to: number } {
  const to = rng.int(REF + 100, REF - 11 + years * YEAR);
  return { from: addYears(to + 1, -years), to };
}
/** In force, ending within the 60-day reminder window (and still ahead a few weeks after REF). */
function endingTerm(rng: Rng, years: number) {
  const to = rng.int(REF + 25, REF + 58);
  return { from: addYears(to + 1, -years), to };
}
/** Ended shortly before REF. */
function lapsedTerm(rng: Rng, years: number) {
  const to = rng.int(REF - 60, REF - 3);
  return { from: addYears(to + 1, -years), to };
}
/** Ended long enough ago to have been marked expired. */
function pastTerm(rng: Rng, years: number) {
  const to = rng.int(REF - 700, REF - 40);
  return { from: addYears(to + 1, -years), to };
}
/** The term just before `next` starts. */
function previousTerm(next: { from: number }, years: number) {
  const to = next.from - 1;
  return { from: addYears(to + 1, -years), to };
}
const yearsLabel = (t: { from: number; to: number }) => `${iso(t.from).slice(0, 4)}—${iso(t.to).slice(0, 4)}年`;

const PRE_FORCE: Status[] = ["OFFERED", "NEGOTIATING", "NEGOTIATING", "CONGRESS_APPROVED", "SIGNED", "SUBMITTED"];

/** Caps how many contracts of a county end inside the reminder window. */
class Budget {
  constructor(private left: number) {}
  take(rng: Rng, p: number) {
    if (this.left > 0 && rng.chance(p)) {
      this.left--;
      return true;
    }
    return false;
  }
}

// ---- one enterprise's own contracts ----

const SINGLE_TITLE: Record<"COMPREHENSIVE" | "WAGE" | "WOMEN", (name: string, t?: { from: number; to: number }) => string> = {
  COMPREHENSIVE: (n, t) => (t ? `${n}集体合同（${yearsLabel(t)}）` : `${n}集体合同`),
  // Annual agreements are named by year; longer ones by their span.
  WAGE: (n, t) => (t && t.to - t.from > YEAR + 1 ? `${n}工资专项集体合同（${yearsLabel(t)}）` : `${n}${t ? iso(t.from).slice(0, 4) : iso(REF).slice(0, 4)}年度工资专项集体合同`),
  WOMEN: (n) => `${n}女职工权益保护专项集体合同`,
};

type Mood = { expiring: Budget; returned: Budget; renewing: Budget };

function addSingle(book: ContractBook, rng: Rng, e: Ent, kind: "COMPREHENSIVE" | "WAGE" | "WOMEN", years: number, state: "running" | "pre" | "lapsed" | "expired", mood: Mood) {
  const base = { org: e.union!, kind, employerParty: e.name, covers: [{ ent: e, workers: e.workerCount }] };
  if (state === "pre") {
    const status = rng.pick(PRE_FORCE);
    book.add({ ...base, title: SINGLE_TITLE[kind](e.name), status, returned: status === "NEGOTIATING" && mood.returned.take(rng, 0.15) });
    return;
  }
  if (state === "expired") {
    const term = pastTerm(rng, years);
    book.add({ ...base, title: SINGLE_TITLE[kind](e.name, term), status: "EXPIRED", term, endedOn: Math.min(REF, term.to + rng.int(3, 30)), covers: [{ ent: e, workers: older(rng, e) }] });
    return;
  }
  if (state === "lapsed") {
    const term = lapsedTerm(rng, years);
    book.add({ ...base, title: SINGLE_TITLE[kind](e.name, term), status: "IN_FORCE", term });
    return;
  }
  const ending = mood.expiring.take(rng, 0.006);
  const term = ending ? endingTerm(rng, years) : runningTerm(rng, years);
  // Some ending contracts are already being renewed: they keep counting until their term ends.
  if (ending && mood.renewing.take(rng, 0.3)) {
    book.renewal(
      { ...base, title: SINGLE_TITLE[kind](e.name, term), term },
      { ...base, title: `${SINGLE_TITLE[kind](e.name)}（续订）`, status: rng.pick(["NEGOTIATING", "CONGRESS_APPROVED"] as const) },
    );
    return;
  }
  // A third of running contracts renew an earlier one.
  if (rng.chance(0.33)) {
    const prevTerm = previousTerm(term, years);
    book.renewal(
      { ...base, title: SINGLE_TITLE[kind](e.name, prevTerm), term: prevTerm, covers: [{ ent: e, workers: older(rng, e) }] },
      { ...base, title: SINGLE_TITLE[kind](e.name, term), status: "IN_FORCE", term },
    );
    return;
  }
  book.add({ ...base, title: SINGLE_TITLE[kind](e.name, term), status: "IN_FORCE", term });
}

/** The head count when an older contract was signed. */
const older = (rng: Rng, e: Ent) => Math.max(1, Math.round(e.workerCount * (0.88 + rng.next() * 0.15)));

// ---- counties ----

const INDUSTRY_MATCH: [RegExp, RegExp][] = [
  [/石油装备/, /石油|钻采/],
  [/电光源/, /电光源|照明/],
  [/建筑/, /建设工程|建材/],
  [/道路货运/, /物流/],
  [/龙虾/, /龙虾|食品/],
];

function industryOf(union: OrgRow): RegExp | null {
  return INDUSTRY_MATCH.find(([u]) => u.test(union.name))?.[1] ?? null;
}

function industryTitle(county: OrgRow, union: OrgRow, term: { from: number; to: number }) {
  const trade = union.name.replace(countyShort(county), "").replace(/(行业|产业)工会联合会$/, "");
  return {
    title: `${countyShort(county)}${trade}行业工资专项集体合同（${yearsLabel(term)}）`,
    employerParty: `${countyShort(county)}${trade}行业协会`,
  };
}

/** 建湖 (full scale) and the smaller counties: regional, industry and single-enterprise contracts. */
function planCounty(book: ContractBook, rng: Rng, orgs: OrgRow[], county: OrgRow, ents: Ent[], isJianhu: boolean) {
  const towns = orgs.filter((o) => o.parentId === county.id && o.level === "TOWN");
  const mood: Mood = { expiring: new Budget(isJianhu ? 12 : 2), returned: new Budget(isJianhu ? 3 : 1), renewing: new Budget(isJianhu ? 3 : 0) };
  // Each town's wage negotiation coverage: around the 90% target in 建湖, lower elsewhere.
  const targets = isJianhu
    ? rng.shuffle([0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.89, 0.88, 0.87, 0.86, 0.85, 0.84])
    : towns.map(() => 0.55 + rng.next() * 0.3);
  const covered = new Set<Ent>();
  towns.forEach((town, i) => {
    const unionised = rng.shuffle(ents.filter((e) => e.town === town && e.union));
    const demo = unionised.find((e) => e.union!.name === `${DEMO_UNION.company}工会委员会`);
    if (demo) unionised.unshift(...unionised.splice(unionised.indexOf(demo), 1));
    unionised.slice(0, Math.round(targets[i % targets.length] * unionised.length)).forEach((e) => covered.add(e));
  });

  // Regional contracts of the joint unions, for the small firms they cover.
  for (const joint of orgs.filter((o) => o.kind === "JOINT" && o.ancestorIds.includes(county.id))) {
    const firms = ents.filter((e) => e.union === joint);
    const inside = firms.filter((e) => covered.has(e));
    const outside = firms.filter((e) => !covered.has(e));
    const place = placeShort(joint);
    const employerParty = `${place.replace(/(小微企业|商贸企业|工业集中区|个体工商户|建筑业|餐饮服务业|农业专业合作社|非公企业)$/, "")}企业方协商代表`;
    if (inside.length) {
      const years = rng.pick([2, 3, 3]);
      const term = runningTerm(rng, years);
      const current = {
        org: joint,
        kind: "REGIONAL" as const,
        title: `${place}区域性工资集体合同（${yearsLabel(term)}）`,
        employerParty,
        status: "IN_FORCE" as const,
        term,
        covers: inside.map((ent) => ({ ent, workers: ent.workerCount })),
      };
      if (rng.chance(0.4)) {
        const prevTerm = previousTerm(term, years);
        book.renewal(
          { ...current, title: `${place}区域性工资集体合同（${yearsLabel(prevTerm)}）`, term: prevTerm, covers: inside.map((ent) => ({ ent, workers: older(rng, ent) })) },
          current,
        );
      } else {
        book.add(current);
      }
    }
    if (outside.length && rng.chance(0.5)) {
      // Firms that joined later: a supplementary regional contract still being negotiated, or one that has lapsed.
      const lapsed = rng.chance(0.3);
      const term = lapsed ? lapsedTerm(rng, 2) : undefined;
      book.add({
        org: joint,
        kind: "REGIONAL",
        title: `${place}区域性工资集体合同（新入会企业${term ? `，${yearsLabel(term)}` : ""}）`,
        employerParty,
        status: lapsed ? "IN_FORCE" : rng.pick(PRE_FORCE),
        term,
        covers: outside.map((ent) => ({ ent, workers: ent.workerCount })),
      });
    }
  }

  // Industry contracts: the covered firms of each trade across the county.
  const viaIndustry = new Set<Ent>();
  for (const fed of orgs.filter((o) => o.kind === "INDUSTRY" && o.parentId === county.id)) {
    const trade = industryOf(fed);
    if (!trade) continue;
    const members = ents.filter((e) => e.union?.kind === "INDEPENDENT" && covered.has(e) && trade.test(e.name));
    if (members.length < 2) continue;
    const term = runningTerm(rng, 3);
    book.add({ org: fed, kind: "INDUSTRY", ...industryTitle(county, fed, term), status: "IN_FORCE", term, covers: members.map((ent) => ({ ent, workers: ent.workerCount })) });
    members.forEach((e) => viaIndustry.add(e));
  }

  // Each enterprise union's own contracts.
  const pComprehensive = isJianhu ? 0.72 : 0.45;
  const pWomen = isJianhu ? 0.4 : 0.25;
  for (const e of ents) {
    if (e.union?.kind !== "INDEPENDENT") continue;
    if (e.union.name === `${DEMO_UNION.company}工会委员会`) {
      addDemoEnterpriseContracts(book, e);
      continue;
    }
    if (covered.has(e)) {
      // Also on an industry contract: about half sign their own wage agreement as well.
      if (!viaIndustry.has(e) || rng.chance(0.5)) addSingle(book, rng, e, "WAGE", rng.pick([1, 2, 3]), "running", mood);
    } else {
      const r = rng.next();
      if (r < 0.45) addSingle(book, rng, e, "WAGE", 1, "pre", mood);
      else if (r < 0.58) addSingle(book, rng, e, "WAGE", rng.pick([1, 2]), "lapsed", mood);
      else if (r < 0.7) addSingle(book, rng, e, "WAGE", rng.pick([1, 2]), "expired", mood);
    }
    const c = rng.next();
    if (c < pComprehensive * 0.86) addSingle(book, rng, e, "COMPREHENSIVE", rng.pick([3, 3, 2]), "running", mood);
    else if (c < pComprehensive * 0.94) addSingle(book, rng, e, "COMPREHENSIVE", 3, "expired", mood);
    else if (c < pComprehensive) addSingle(book, rng, e, "COMPREHENSIVE", 3, "pre", mood);
    // Women workers' contracts are commoner in larger enterprises.
    if (rng.chance(Math.min(0.9, pWomen * (e.workerCount >= 200 ? 1.8 : 1)))) addSingle(book, rng, e, "WOMEN", 3, rng.chance(0.9) ? "running" : "pre", mood);
  }
}

/** 王建华's enterprise: a comprehensive contract, this year's wage agreement (renewing last year's) and a women workers' contract. */
function addDemoEnterpriseContracts(book: ContractBook, e: Ent) {
  const base = { org: e.union!, employerParty: e.name };
  const comp = { from: day(2024, 7, 1), to: day(2027, 6, 30) };
  book.add({ ...base, kind: "COMPREHENSIVE", title: SINGLE_TITLE.COMPREHENSIVE(e.name, comp), status: "IN_FORCE", term: comp, covers: [{ ent: e, workers: 318 }] });
  const wage2025 = { from: day(2025, 3, 1), to: day(2026, 2, 28) };
  const wage2026 = { from: day(2026, 3, 1), to: day(2027, 2, 28) };
  book.renewal(
    { ...base, kind: "WAGE", title: SINGLE_TITLE.WAGE(e.name, wage2025), term: wage2025, covers: [{ ent: e, workers: 312 }] },
    { ...base, kind: "WAGE", title: SINGLE_TITLE.WAGE(e.name, wage2026), status: "IN_FORCE", term: wage2026, covers: [{ ent: e, workers: e.workerCount }] },
  );
  const women = { from: day(2025, 3, 8), to: day(2028, 3, 7) };
  book.add({ ...base, kind: "WOMEN", title: SINGLE_TITLE.WOMEN(e.name), status: "IN_FORCE", term: women, covers: [{ ent: e, workers: e.workerCount }] });
}

/**
 * 盱眙: 13 regional and industry contracts in force — nine town contracts, two
 * of joint unions, two industry contracts — with 265 coverage rows and 16,000
 * workers in all, counted per contract as the county reports them.
 */
function planXuyi(book: ContractBook, rng: Rng, orgs: OrgRow[], county: OrgRow, ents: Ent[]) {
  const ROWS = 265;
  const WORKERS = 16_000;
  const towns = orgs.filter((o) => o.parentId === county.id && o.level === "TOWN");
  const independents = ents.filter((e) => e.union?.kind === "INDEPENDENT");
  const jointFirms = ents.filter((e) => e.union?.kind === "JOINT");
  // The town with the fewest unionised firms has no regional contract yet.
  const sizeOf = (t: OrgRow) => ents.filter((e) => e.town === t && e.union).length;
  const regionalTowns = [...towns].sort((a, b) => sizeOf(b) - sizeOf(a) || a.id - b.id).slice(0, 9);
  const joints = orgs.filter((o) => o.kind === "JOINT" && o.ancestorIds.includes(county.id)).slice(0, 2);
  const lobster = orgs.find((o) => o.parentId === county.id && o.kind === "INDUSTRY" && /龙虾/.test(o.name))!;
  const freight = orgs.find((o) => o.parentId === county.id && o.kind === "INDUSTRY" && /道路货运/.test(o.name))!;

  const townIndependents = new Map(regionalTowns.map((t) => [t, independents.filter((e) => e.town === t)]));
  const onTown = [...townIndependents.values()].flat();
  // Freight: a few mid-sized firms; lobster: the largest food and processing firms, until the
  // workers counted contract by contract reach the county's figure (the small firms add the rest).
  const bySize = [...independents].sort((a, b) => b.workerCount - a.workerCount || a.id.localeCompare(b.id));
  const freightFirms = bySize.slice(10, 14);
  const lobsterFirms: Ent[] = [];
  let workers = onTown.reduce((s, e) => s + e.workerCount, 0) + freightFirms.reduce((s, e) => s + e.workerCount, 0);
  const jointShare = 380; // the ~190 small firms average about two workers here
  for (const e of bySize) {
    if (workers + jointShare >= WORKERS || lobsterFirms.length >= 60) break;
    if (freightFirms.includes(e)) continue;
    lobsterFirms.push(e);
    workers += e.workerCount;
  }
  const smallRows = ROWS - onTown.length - freightFirms.length - lobsterFirms.length;
  const jointPool = rng.shuffle(jointFirms);
  const jointContractFirms = new Map(joints.map((j) => [j, jointPool.filter((e) => e.union === j).slice(0, 12)]));
  const taken = new Set([...jointContractFirms.values()].flat());
  const forTowns = jointPool.filter((e) => !taken.has(e) && regionalTowns.includes(e.town));
  const townSmall = forTowns.slice(0, smallRows - taken.size);

  type Plan = { org: OrgRow; kind: Kind; title: string; employerParty: string; firms: Ent[]; term: { from: number; to: number } };
  const plans: Plan[] = [];
  for (const town of regionalTowns) {
    const term = runningTerm(rng, rng.pick([2, 3]));
    const place = town.name.replace(/总工会$/, "");
    plans.push({
      org: town,
      kind: "REGIONAL",
      title: `${place}区域性工资专项集体合同（${yearsLabel(term)}）`,
      employerParty: `${place}企业联合会（企业家协会）`,
      firms: [...townIndependents.get(town)!, ...townSmall.filter((e) => e.town === town)],
      term,
    });
  }
  for (const j of joints) {
    const term = runningTerm(rng, 2);
    plans.push({ org: j, kind: "REGIONAL", title: `${placeShort(j)}区域性集体合同（${yearsLabel(term)}）`, employerParty: `${placeShort(j)}企业方协商代表`, firms: jointContractFirms.get(j)!, term });
  }
  for (const [fed, firms] of [[lobster, lobsterFirms], [freight, freightFirms]] as const) {
    const term = runningTerm(rng, 3);
    plans.push({ org: fed, kind: "INDUSTRY", ...industryTitle(county, fed, term), firms, term });
  }
  // Head counts at signing, scaled so the contracts add up to exactly 16,000 workers.
  const rows = plans.flatMap((p) => p.firms);
  if (rows.length !== ROWS) throw new Error(`盱眙 demo contracts cover ${rows.length} rows, expected ${ROWS}`);
  const signed = allocate(rows.map((e) => e.workerCount), WORKERS, 1);
  let k = 0;
  for (const p of plans) {
    book.add({ org: p.org, kind: p.kind, title: p.title, employerParty: p.employerParty, status: "IN_FORCE", term: p.term, covers: p.firms.map((ent) => ({ ent, workers: signed[k++] })) });
  }

  // The enterprise unions' own contracts, fewer than in 建湖.
  const mood: Mood = { expiring: new Budget(2), returned: new Budget(1), renewing: new Budget(1) };
  for (const e of independents) {
    const r = rng.next();
    if (r < 0.35) addSingle(book, rng, e, "WAGE", rng.pick([1, 2]), "running", mood);
    else if (r < 0.5) addSingle(book, rng, e, "WAGE", 1, "pre", mood);
    else if (r < 0.56) addSingle(book, rng, e, "WAGE", 1, "expired", mood);
    if (rng.chance(0.4)) addSingle(book, rng, e, "COMPREHENSIVE", 3, rng.chance(0.85) ? "running" : "expired", mood);
    if (rng.chance(0.2)) addSingle(book, rng, e, "WOMEN", 3, "running", mood);
  }
}
