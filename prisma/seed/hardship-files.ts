// Demo hardship files (困难职工档案) with verification visits: one open file per
// person, narratives and findings encrypted like the app stores them, and a
// share of files whose annual re-check is overdue.
import type { Client } from "pg";
import { encryptText } from "../../lib/crypto/pii";
import { bulkInsert } from "./bulk";
import { day, iso } from "./dates";
import type { Rng } from "./random";
import { causeFor, CLOSE_REASONS, findings, LIFT_REASONS, narrative, type Category, type Cause } from "./assistance-text";

export type MemberPick = { id: string; idHash: string; orgId: number; name: string; ancestorIds: number[] };

export type FileSpec = {
  id: string;
  member: MemberPick;
  status: "PENDING" | "IN_FILE" | "LIFTED" | "CLOSED";
  createdDay: number;
  /** Day the file entered the file (在档), if it did. */
  inFileDay: number | null;
};

export type FilePlan = { inFile: number; pending: number; lifted: number; closed: number; liftedYear?: number };

type Visit = { fileId: string; day: number; conclusion: string; visitors: string };

const at = (d: number, rng: Rng) => new Date(d * 86_400_000 + (rng.int(9, 17) - 8) * 3_600_000 + rng.int(0, 59) * 60_000).toISOString();

/** Builds and inserts the files of one batch of members; returns them for linking grants. */
export class HardshipFiles {
  readonly files: FileSpec[] = [];
  private readonly rows = {
    id: [] as string[], orgId: [] as number[], memberId: [] as string[], openIdHash: [] as (string | null)[], category: [] as string[],
    cause: [] as string[], details: [] as Buffer[], size: [] as number[], income: [] as string[], status: [] as string[],
    statusReason: [] as (string | null)[], statusOn: [] as (string | null)[], lastVerified: [] as (string | null)[], version: [] as number[],
    createdAt: [] as string[], updatedAt: [] as string[],
  };
  private readonly visits: Visit[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly visitor: (orgId: number) => string,
  ) {}

  add(members: MemberPick[], plan: FilePlan): FileSpec[] {
    const statuses = [
      ...Array<FileSpec["status"]>(plan.inFile).fill("IN_FILE"),
      ...Array<FileSpec["status"]>(plan.pending).fill("PENDING"),
      ...Array<FileSpec["status"]>(plan.lifted).fill("LIFTED"),
      ...Array<FileSpec["status"]>(plan.closed).fill("CLOSED"),
    ];
    if (members.length < statuses.length) throw new Error(`hardship demo: ${members.length} members for ${statuses.length} files`);
    return statuses.map((status, i) => this.file(members[i], status, plan.liftedYear));
  }

  private file(member: MemberPick, status: FileSpec["status"], liftedYear = 2025): FileSpec {
    const { rng } = this;
    const id = rng.uuid();
    const category: Category = rng.pick(["DEEP", "DEEP", "DEEP", "RELATIVE", "RELATIVE", "RELATIVE", "RELATIVE", "RELATIVE", "ACCIDENT", "ACCIDENT"]);
    const cause: Cause = causeFor(rng, category);
    const size = rng.int(1, 6);
    // Household income per year in whole yuan (hundreds): 2,500–14,000 per head.
    const income = size * rng.int(25, 140) * 100;
    const visitors = () => this.visitor(member.orgId);
    let createdDay: number;
    let inFileDay: number | null = null;
    let statusDay: number | null = null;
    let reason: string | null = null;
    const visits: { day: number; conclusion: string }[] = [];

    if (status === "PENDING") {
      createdDay = rng.int(day(2026, 9, 10), day(2026, 11, 15));
      if (rng.chance(0.4)) visits.push({ day: Math.min(createdDay + rng.int(2, 6), day(2026, 11, 18)), conclusion: "CONFIRMED" });
    } else {
      createdDay = status === "LIFTED" ? rng.int(day(2021, 3, 1), day(2023, 12, 20)) : rng.int(day(2022, 3, 1), day(2024, 12, 15));
      const first = createdDay + rng.int(3, 10);
      visits.push({ day: first, conclusion: category === "RELATIVE" || rng.chance(0.8) ? "CONFIRMED" : "ADJUST" });
      inFileDay = first + rng.int(2, 12);
      statusDay = inFileDay;
      // The last re-check: about one file in eight is overdue (not re-verified within twelve months).
      const last = status !== "IN_FILE" ? null : rng.chance(0.13) ? rng.int(day(2025, 5, 1), day(2025, 11, 10)) : rng.int(day(2025, 11, 25), day(2026, 10, 28));
      const end = status === "LIFTED" ? rng.int(day(liftedYear, 2, 1), day(liftedYear, 11, 30)) : status === "CLOSED" ? rng.int(Math.max(first + 60, day(2024, 3, 1)), day(2026, 9, 30)) : last!;
      for (let t = first + rng.int(330, 380); t < end - 120 && visits.length < 4; t += rng.int(330, 380)) {
        visits.push({ day: t, conclusion: rng.chance(0.85) ? "CONFIRMED" : "ADJUST" });
      }
      if (status === "IN_FILE") visits.push({ day: end, conclusion: "CONFIRMED" });
      if (status === "LIFTED") {
        visits.push({ day: end - rng.int(3, 15), conclusion: "RECOMMEND_LIFT" });
        statusDay = end;
        reason = rng.pick(LIFT_REASONS);
      }
      if (status === "CLOSED") {
        statusDay = end;
        reason = rng.pick(CLOSE_REASONS);
        if (reason.startsWith("经核实")) {
          visits.push({ day: end - rng.int(2, 10), conclusion: "NOT_ELIGIBLE" });
          inFileDay = null;
        }
      }
    }
    visits.sort((a, b) => a.day - b.day);
    const lastVerified = visits.length ? visits[visits.length - 1].day : null;
    const open = status === "PENDING" || status === "IN_FILE";
    const r = this.rows;
    r.id.push(id);
    r.orgId.push(member.orgId);
    r.memberId.push(member.id);
    r.openIdHash.push(open ? member.idHash : null);
    r.category.push(category);
    r.cause.push(cause);
    r.details.push(encryptText(narrative(rng, cause)));
    r.size.push(size);
    r.income.push(`${income}.00`);
    r.status.push(status);
    r.statusReason.push(reason);
    r.statusOn.push(statusDay === null ? null : iso(statusDay));
    r.lastVerified.push(lastVerified === null ? null : iso(lastVerified));
    r.version.push(visits.length + (status === "PENDING" ? 0 : 1) + (status === "LIFTED" || status === "CLOSED" ? 1 : 0));
    r.createdAt.push(at(createdDay, rng));
    r.updatedAt.push(at(Math.max(createdDay, statusDay ?? createdDay, lastVerified ?? createdDay), rng));
    for (const v of visits) this.visits.push({ fileId: id, day: v.day, conclusion: v.conclusion, visitors: visitors() });
    const spec: FileSpec = { id, member, status, createdDay, inFileDay };
    this.files.push(spec);
    return spec;
  }

  async insert(client: Client): Promise<{ files: number; visits: number }> {
    const r = this.rows;
    await bulkInsert(
      client,
      "hardship_file",
      [
        { name: "id", type: "uuid", values: r.id },
        { name: "org_id", type: "int", values: r.orgId },
        { name: "member_id", type: "uuid", values: r.memberId },
        { name: "open_id_hash", type: "text", values: r.openIdHash },
        { name: "category", type: '"HardshipCategory"', values: r.category },
        { name: "cause", type: '"HardshipCause"', values: r.cause },
        { name: "details_cipher", type: "bytea", values: r.details },
        { name: "household_size", type: "int", values: r.size },
        { name: "household_income", type: "numeric", values: r.income },
        { name: "status", type: '"HardshipStatus"', values: r.status },
        { name: "status_reason", type: "text", values: r.statusReason },
        { name: "status_on", type: "date", values: r.statusOn },
        { name: "last_verified_on", type: "date", values: r.lastVerified },
        { name: "version", type: "int", values: r.version },
        { name: "created_at", type: "timestamptz", values: r.createdAt },
        { name: "updated_at", type: "timestamptz", values: r.updatedAt },
      ],
      { stamps: [] },
    );
    const v = this.visits;
    await bulkInsert(
      client,
      "hardship_visit",
      [
        { name: "id", type: "uuid", values: v.map(() => this.rng.uuid()) },
        { name: "file_id", type: "uuid", values: v.map((x) => x.fileId) },
        { name: "visited_on", type: "date", values: v.map((x) => iso(x.day)) },
        { name: "visitors", type: "text", values: v.map((x) => x.visitors) },
        { name: "findings_cipher", type: "bytea", values: v.map((x) => encryptText(findings(this.rng, x.conclusion))) },
        { name: "conclusion", type: '"VisitConclusion"', values: v.map((x) => x.conclusion) },
        { name: "created_at", type: "timestamptz", values: v.map((x) => at(x.day, this.rng)) },
      ],
      { stamps: [] },
    );
    return { files: r.id.length, visits: v.length };
  }
}
