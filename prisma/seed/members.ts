// Generates the real-name member registry column by column (ready for
// unnest-based inserts), plus service cards and transfer histories for 建湖.
import { maskIdNumber } from "../../lib/members/id-number";
import { encryptIdNumber, hashIdNumber } from "../../lib/crypto/pii";
import { addYears, day, iso, REFERENCE_DAY, yearOf } from "./dates";
import type { IdNumbers, Phones } from "./ids";
import { LEFT_REASONS, personName, RETIRED_REASON, TRANSFER_REASONS, TRANSFERRED_OUT_REASON } from "./names";
import type { Rng } from "./random";
import { MIGRANT_ORIGINS, NEIGHBOUR_CODES } from "./regions";
import { GROUP_ORDER, NEW_EMPLOYMENT_GROUPS, type MemberGroupName, type MemberPlan, type OrgRow } from "./types";

export type MemberColumns = {
  id: string[];
  name: string[];
  idCipher: Buffer[];
  idHash: string[];
  idMasked: string[];
  birthDate: string[];
  sex: ("MALE" | "FEMALE")[];
  phone: string[];
  orgId: number[];
  joinedOn: string[];
  status: ("ACTIVE" | "TRANSFERRED_OUT" | "LEFT")[];
  /** Array literals such as "{MIGRANT_WORKER,FRONTLINE}", cast in SQL. */
  groups: string[];
  cardNo: (string | null)[];
  leftOn: (string | null)[];
  leftReason: (string | null)[];
};

export type TransferColumns = {
  id: string[];
  memberId: string[];
  fromOrgId: number[];
  toOrgId: number[];
  transferredOn: string[];
  reason: string[];
};

export const DEMO_MEMBER = {
  name: "王建华",
  phone: "13800000001",
  birthDay: day(1985, 3, 16),
  joinedDay: day(2008, 7, 1),
  region: "320925",
  cardNo: "32092521000001",
};

const SHARE_MALE: Partial<Record<MemberGroupName, number>> = {
  TRUCK_DRIVER: 0.97,
  COURIER: 0.85,
  FOOD_DELIVERY: 0.9,
  RIDE_HAILING: 0.93,
  LIVE_STREAMER: 0.35,
  PROPERTY_STAFF: 0.45,
};

/** Per-member facts kept only in memory, for picking card holders and transfers. */
type Meta = { county: string[]; joinedDay: number[]; kind: string[] };

export class MemberFactory {
  readonly cols: MemberColumns = {
    id: [], name: [], idCipher: [], idHash: [], idMasked: [], birthDate: [], sex: [], phone: [], orgId: [],
    joinedOn: [], status: [], groups: [], cardNo: [], leftOn: [], leftReason: [],
  };
  private readonly meta: Meta = { county: [], joinedDay: [], kind: [] };

  constructor(
    private readonly rng: Rng,
    private readonly idNumbers: IdNumbers,
    private readonly phones: Phones,
  ) {}

  get count(): number {
    return this.cols.id.length;
  }

  /** The fixed demo member (login by phone 13800000001). Returns its uuid. */
  addDemoMember(org: OrgRow): string {
    const d = DEMO_MEMBER;
    this.phones.reserve(d.phone);
    const idNumber = this.idNumbers.next(this.rng, d.region, d.birthDay, true);
    const id = this.rng.uuid();
    this.push({
      id, name: d.name, idNumber, birthDay: d.birthDay, male: true, phone: d.phone, org, county: d.region,
      joinedDay: d.joinedDay, groups: ["FRONTLINE"], status: "ACTIVE", leftDay: null, leftReason: null,
    });
    this.cols.cardNo[this.count - 1] = d.cardNo;
    return id;
  }

  addForPlan(plan: MemberPlan, count: number): void {
    for (let i = 0; i < count; i++) this.addOne(plan);
  }

  private addOne(plan: MemberPlan): void {
    const { rng } = this;
    const kind = plan.org.kind;
    const group = plan.group && rng.chance(0.85) ? plan.group : undefined;
    const male = rng.chance(group ? SHARE_MALE[group] ?? 0.55 : plan.institution ? 0.38 : 0.56);

    // Working-age spread peaking in the late thirties; platform workers younger.
    const spread = (rng.next() + rng.next()) / 2;
    const age = group && group !== "PROPERTY_STAFF" ? 20 + 30 * spread : 18 + 42 * spread;
    const oldest = addYears(REFERENCE_DAY, -60) + 1;
    const youngest = addYears(REFERENCE_DAY, -18);
    const birthDay = Math.min(youngest, Math.max(oldest, REFERENCE_DAY - Math.floor(age * 365.2425) - rng.int(0, 364)));

    const migrantShare = plan.institution ? 0.03 : kind === "COMMUNITY" ? 0.1 : group || plan.group ? 0.45 : kind === "JOINT" ? 0.3 : 0.25;
    const migrant = rng.chance(migrantShare);
    let region = plan.county;
    if (migrant && rng.chance(0.55)) region = rng.pick(MIGRANT_ORIGINS);
    else if (rng.chance(0.08)) region = rng.pick(NEIGHBOUR_CODES[plan.city] ?? [plan.county]);

    const groups: MemberGroupName[] = [];
    if (migrant) groups.push("MIGRANT_WORKER");
    const frontlineShare = plan.institution ? 0.3 : kind === "COMMUNITY" ? 0.2 : group ? 0.3 : 0.6;
    if (rng.chance(frontlineShare)) groups.push("FRONTLINE");
    if (group) groups.push(group);
    else if (rng.chance(kind === "COMMUNITY" ? 0.05 : 0.012)) {
      groups.push(kind === "COMMUNITY" ? "PROPERTY_STAFF" : rng.pick(NEW_EMPLOYMENT_GROUPS));
    }

    const earliest = Math.max(addYears(birthDay, 18), plan.org.foundedOn ?? 0);
    const joinedDay = Math.min(REFERENCE_DAY, earliest + Math.floor((REFERENCE_DAY - earliest + 1) * Math.pow(rng.next(), 0.7)));

    let status: "ACTIVE" | "TRANSFERRED_OUT" | "LEFT" = "ACTIVE";
    let leftDay: number | null = null;
    let leftReason: string | null = null;
    const r = rng.next();
    if (r < 0.03) {
      status = r < 0.02 ? "LEFT" : "TRANSFERRED_OUT";
      leftDay = Math.min(REFERENCE_DAY, joinedDay + rng.int(30, Math.max(30, REFERENCE_DAY - joinedDay)));
      const ageAtLeaving = (leftDay - birthDay) / 365.2425;
      leftReason =
        status === "TRANSFERRED_OUT" ? rng.pick(TRANSFERRED_OUT_REASON)
        : ageAtLeaving >= 55 && rng.chance(0.6) ? RETIRED_REASON
        : rng.pick(LEFT_REASONS);
    }

    this.push({
      id: rng.uuid(),
      name: personName(rng, male, yearOf(birthDay)),
      idNumber: this.idNumbers.next(rng, region, birthDay, male),
      birthDay, male, phone: this.phones.next(rng), org: plan.org, county: plan.county,
      joinedDay, groups, status, leftDay, leftReason,
    });
  }

  private push(m: {
    id: string; name: string; idNumber: string; birthDay: number; male: boolean; phone: string; org: OrgRow;
    county: string; joinedDay: number; groups: MemberGroupName[]; status: MemberColumns["status"][number];
    leftDay: number | null; leftReason: string | null;
  }): void {
    const c = this.cols;
    c.id.push(m.id);
    c.name.push(m.name);
    c.idCipher.push(encryptIdNumber(m.idNumber));
    c.idHash.push(hashIdNumber(m.idNumber));
    c.idMasked.push(maskIdNumber(m.idNumber));
    c.birthDate.push(iso(m.birthDay));
    c.sex.push(m.male ? "MALE" : "FEMALE");
    c.phone.push(m.phone);
    c.orgId.push(m.org.id);
    c.joinedOn.push(iso(m.joinedDay));
    c.status.push(m.status);
    c.groups.push(`{${GROUP_ORDER.filter((g) => m.groups.includes(g)).join(",")}}`);
    c.cardNo.push(null);
    c.leftOn.push(m.leftDay === null ? null : iso(m.leftDay));
    c.leftReason.push(m.leftReason);
    this.meta.county.push(m.county);
    this.meta.joinedDay.push(m.joinedDay);
    this.meta.kind.push(m.org.kind);
  }

  /**
   * Service cards (会员服务卡) for active members of one county: county code +
   * two-digit year of issue + six-digit serial; serial 000001 is the demo card.
   */
  issueCards(county: string, howMany: number): number {
    const candidates: number[] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.meta.county[i] === county && this.cols.status[i] === "ACTIVE" && this.cols.cardNo[i] === null) candidates.push(i);
    }
    const chosen = this.rng.shuffle(candidates).slice(0, howMany);
    chosen.forEach((i, k) => {
      const year = Math.min(26, Math.max(21, yearOf(this.meta.joinedDay[i]) % 100));
      this.cols.cardNo[i] = `${county}${year}${String(k + 2).padStart(6, "0")}`;
    });
    return chosen.length;
  }

  /**
   * Transfer histories inside one county: the member's current union is the
   * end of a chain of one or two earlier unions, dated after joining.
   */
  transfers(county: string, howMany: number, unions: OrgRow[], exclude: Set<string>): TransferColumns {
    const out: TransferColumns = { id: [], memberId: [], fromOrgId: [], toOrgId: [], transferredOn: [], reason: [] };
    const candidates: number[] = [];
    for (let i = 0; i < this.count; i++) {
      if (
        this.meta.county[i] === county &&
        this.cols.status[i] === "ACTIVE" &&
        (this.meta.kind[i] === "INDEPENDENT" || this.meta.kind[i] === "JOINT") &&
        REFERENCE_DAY - this.meta.joinedDay[i] > 180 &&
        !exclude.has(this.cols.id[i])
      ) candidates.push(i);
    }
    const { rng } = this;
    for (const i of rng.shuffle(candidates).slice(0, howMany)) {
      const hops = rng.chance(0.12) ? 2 : 1;
      const chain: number[] = [];
      // Earlier unions must already have existed when the member joined.
      while (chain.length < hops) {
        const org = rng.pick(unions);
        if ((org.foundedOn ?? 0) > this.meta.joinedDay[i]) continue;
        if (org.id !== this.cols.orgId[i] && !chain.includes(org.id)) chain.push(org.id);
      }
      chain.push(this.cols.orgId[i]);
      const dates = Array.from({ length: hops }, () => rng.int(this.meta.joinedDay[i] + 30, REFERENCE_DAY - 1)).sort((a, b) => a - b);
      for (let h = 0; h < hops; h++) {
        out.id.push(rng.uuid());
        out.memberId.push(this.cols.id[i]);
        out.fromOrgId.push(chain[h]);
        out.toOrgId.push(chain[h + 1]);
        out.transferredOn.push(iso(dates[h]));
        out.reason.push(rng.pick(TRANSFER_REASONS));
      }
    }
    return out;
  }
}
