// Builds the organisation tree (province → city → county → town → village /
// grassroots) in memory, ids assigned parent-first, together with how many
// members each union should receive.
import { day, REFERENCE_DAY } from "./dates";
import { CreditCodes, landline, type Phones } from "./ids";
import { brand, COMMON_INDUSTRIES, INSTITUTIONS, JOINT_TOWN_SUFFIXES, personName, placeName, ROADS } from "./names";
import { allocate, Rng, WeightedPicker } from "./random";
import { CITIES, COUNTIES, PROVINCE, type CitySpec, type CountySpec, type TownSpec } from "./regions";
import type { MemberPlan, OrgKindName, OrgLevelName, OrgRow } from "./types";

/** The enterprise union the fixed demo member belongs to (under 上冈镇, 建湖县). */
export const DEMO_UNION = { town: "上冈镇", company: "江苏华瑞石油机械有限公司", foundedOn: day(2003, 5, 20) };

export type Tree = {
  orgs: OrgRow[];
  plans: MemberPlan[];
  byName: Map<string, OrgRow>;
  demoUnion: OrgRow;
};

type Ctx = { rng: Rng; phones: Phones; credit: CreditCodes; orgs: OrgRow[] };

function add(
  ctx: Ctx,
  parent: OrgRow | null,
  fields: { name: string; level: OrgLevelName; kind: OrgKindName } & Partial<OrgRow>,
): OrgRow {
  const id = ctx.orgs.length + 1;
  const row: OrgRow = {
    code: null,
    creditCode: null,
    employeeCount: null,
    coveredEnterprises: null,
    address: null,
    contactName: null,
    contactPhone: null,
    foundedOn: null,
    ...fields,
    id,
    parentId: parent?.id ?? null,
    ancestorIds: parent ? [...parent.ancestorIds, id] : [id],
  };
  ctx.orgs.push(row);
  return row;
}

function dayInYears(rng: Rng, from: number, to: number): number {
  const start = day(from, 1, 1);
  const end = Math.min(day(to, 12, 31), REFERENCE_DAY - 30);
  return rng.int(start, end);
}

function contact(ctx: Ctx, mobile: boolean, areaCode: string) {
  const male = ctx.rng.chance(0.55);
  return {
    contactName: personName(ctx.rng, male, ctx.rng.int(1966, 1995)),
    contactPhone: mobile ? ctx.phones.next(ctx.rng) : landline(ctx.rng, areaCode),
  };
}

function street(rng: Rng): string {
  return `${rng.pick(ROADS)}${rng.int(1, 299)}号`;
}

/** "建湖县总工会" → "建湖县"; "建湖县" → "建湖". */
function countyShort(spec: CountySpec): string {
  return spec.name.replace(/总工会$/, "");
}

export function buildTree(rng: Rng, phones: Phones): Tree {
  const ctx: Ctx = { rng, phones, credit: new CreditCodes(), orgs: [] };
  const plans: MemberPlan[] = [];

  const province = add(ctx, null, {
    name: PROVINCE.name,
    level: "PROVINCE",
    kind: "FEDERATION",
    code: PROVINCE.code,
    address: PROVINCE.address,
    ...contact(ctx, false, PROVINCE.areaCode),
  });
  const cities = new Map<string, { row: OrgRow; spec: CitySpec }>();
  for (const spec of CITIES) {
    const row = add(ctx, province, {
      name: spec.name,
      level: "CITY",
      kind: "FEDERATION",
      code: spec.code,
      address: `${spec.short}市${street(rng)}`,
      ...contact(ctx, false, spec.areaCode),
    });
    cities.set(spec.code, { row, spec });
  }
  const counties = COUNTIES.map((spec) => {
    const city = cities.get(spec.city)!;
    const row = add(ctx, city.row, {
      name: spec.name,
      level: "COUNTY",
      kind: "FEDERATION",
      code: spec.code,
      address: `${spec.addressPrefix}${street(rng)}`,
      foundedOn: dayInYears(rng, 1950, 1956),
      ...contact(ctx, false, city.spec.areaCode),
    });
    return { spec, row, city: city.spec };
  });
  let demoUnion: OrgRow | null = null;
  for (const county of counties) {
    const found = buildCounty(ctx, county.spec, county.row, county.city, plans);
    demoUnion ??= found;
  }
  if (!demoUnion) throw new Error("demo union was not created");
  return { orgs: ctx.orgs, plans, byName: new Map(ctx.orgs.map((o) => [o.name, o])), demoUnion };
}

type Village = { row: OrgRow; label: string };

function buildCounty(ctx: Ctx, spec: CountySpec, countyRow: OrgRow, city: CitySpec, plans: MemberPlan[]): OrgRow | null {
  const { rng } = ctx;
  const short = countyShort(spec);
  const plan = (org: OrgRow, count: number, extra: Partial<MemberPlan> = {}) =>
    plans.push({ org, county: spec.code, city: spec.city, count, ...extra });

  // Towns and streets.
  const towns = spec.towns.map((town) => ({
    spec: town,
    row: add(ctx, countyRow, {
      name: `${town.name}总工会`,
      level: "TOWN",
      kind: "FEDERATION",
      address: `${spec.addressPrefix}${town.name}${street(rng)}`,
      foundedOn: dayInYears(rng, 1984, 2002),
      ...contact(ctx, false, city.areaCode),
    }),
    villages: [] as Village[],
  }));

  // Village and community unions; they also hold a few members directly
  // (village cadres, self-employed people).
  const bigCounty = spec.members > 50_000;
  for (const town of towns) {
    for (const label of villageLabels(rng, town.spec, spec.villagesPerTown)) {
      const isCommunity = label.endsWith("社区");
      const row = add(ctx, town.row, {
        name: isCommunity ? `${town.spec.name}${label}工会` : `${town.spec.name}${label}工会联合会`,
        level: "VILLAGE",
        kind: "COMMUNITY",
        address: `${spec.addressPrefix}${town.spec.name}${label}`,
        foundedOn: dayInYears(rng, 2003, 2018),
        ...contact(ctx, true, city.areaCode),
      });
      town.villages.push({ row, label });
      plan(row, bigCounty ? rng.int(8, 30) : rng.int(3, 12));
    }
  }

  // Member budget: fixed-size county-wide unions and villages first, then
  // roughly a quarter to joint unions and the rest to enterprise unions.
  const fixed =
    [...spec.industryUnions, ...spec.newEmploymentUnions].reduce((s, u) => s + u.members, 0) +
    plans.filter((p) => p.county === spec.code).reduce((s, p) => s + p.count, 0);
  const jointBudget = Math.round((spec.members - fixed) * 0.24);
  let independentBudget = spec.members - fixed - jointBudget;

  const townWeights = towns.map((t) => t.spec.weight);
  const independentPerTown = allocate(townWeights, spec.independent);
  const jointPerTown = allocate(townWeights, spec.joint);
  const industries = new WeightedPicker([...spec.industries, ...COMMON_INDUSTRIES]);
  const companyNames = new Set<string>();
  const isDemoCounty = spec.code === "320925";
  let demoUnion: OrgRow | null = null;
  if (isDemoCounty) companyNames.add(DEMO_UNION.company);

  // Public institutions of the county seat (the first town listed).
  const institutionScale = Math.min(1, spec.members / 30_000);
  const institutions = INSTITUTIONS.slice(0, spec.institutions).map(([suffix, staff]) => {
    const isPublic = /医院|学|校|保健院/.test(suffix);
    const members = Math.max(5, Math.round(staff * rng.int(88, 97) * 0.01 * institutionScale));
    const row = add(ctx, towns[0].row, {
      name: `${short}${suffix}工会委员会`,
      level: "GRASSROOTS",
      kind: "INDEPENDENT",
      creditCode: ctx.credit.next(rng, spec.code, isPublic ? "12" : "91"),
      employeeCount: staff,
      address: `${spec.addressPrefix}${towns[0].spec.name}${street(rng)}`,
      foundedOn: dayInYears(rng, 1958, 1995),
      ...contact(ctx, false, city.areaCode),
    });
    independentBudget -= members;
    plan(row, members, { institution: true });
    return row;
  });
  independentPerTown[0] = Math.max(0, independentPerTown[0] - institutions.length);

  // Enterprise unions: power-law sized, most directly under the town.
  const enterprises: { row: OrgRow; staff: number }[] = [];
  towns.forEach((town, ti) => {
    for (let i = 0; i < independentPerTown[ti]; i++) {
      const demo = isDemoCounty && !demoUnion && town.spec.name === DEMO_UNION.town;
      const parent = !demo && town.villages.length > 0 && rng.chance(0.2) ? rng.pick(town.villages).row : town.row;
      const company = demo ? DEMO_UNION.company : companyName(rng, spec, city, industries, companyNames);
      companyNames.add(company);
      const row = add(ctx, parent, {
        name: `${company}${demo || rng.chance(0.85) ? "工会委员会" : "工会"}`,
        level: "GRASSROOTS",
        kind: "INDEPENDENT",
        creditCode: ctx.credit.next(rng, spec.code),
        address: `${spec.addressPrefix}${town.spec.name}${rng.chance(0.4) ? "工业集中区" : ""}${street(rng)}`,
        foundedOn: demo ? DEMO_UNION.foundedOn : dayInYears(rng, 1995 + Math.floor(29 * Math.pow(rng.next(), 0.6)), 2025),
        ...contact(ctx, true, city.areaCode),
      });
      if (demo) demoUnion = row;
      // Staff size: power law from 35 (median about 55), capped at 3,000.
      enterprises.push({ row, staff: demo ? 320 : Math.round(35 * rng.pareto(1.5, 3_000 / 35)) });
    }
  });
  // Members in proportion to staff with some spread in how fully each
  // enterprise is enrolled; staff grow where the budget would exceed ~85%.
  const staffTotal = enterprises.reduce((sum, e) => sum + e.staff, 0);
  const grow = Math.max(1, independentBudget / (0.85 * staffTotal));
  const enterpriseMembers = allocate(
    enterprises.map((e) => e.staff * grow * (0.8 + rng.next() * 0.4)),
    independentBudget,
    3,
    2_900,
  );
  enterprises.forEach(({ row, staff }, i) => {
    const members = enterpriseMembers[i];
    row.employeeCount = Math.min(3_000, Math.max(members, Math.round(staff * grow)));
    plan(row, members);
  });

  // Joint unions: a few town-wide ones, the rest per village.
  const joints: { row: OrgRow; covered: number }[] = [];
  towns.forEach((town, ti) => {
    const n = jointPerTown[ti];
    const townWide = Math.min(n, Math.max(1, Math.round(n * 0.4)), JOINT_TOWN_SUFFIXES.length);
    const suffixes = rng.shuffle(JOINT_TOWN_SUFFIXES);
    const villages = rng.shuffle(town.villages);
    for (let i = 0; i < n; i++) {
      const village = i >= townWide ? villages[i - townWide] : undefined;
      const parent = village?.row ?? town.row;
      const name = village
        ? `${town.spec.name}${village.label}联合工会`
        : `${town.spec.name}${suffixes[i % suffixes.length]}`;
      const row = add(ctx, parent, {
        name,
        level: "GRASSROOTS",
        kind: "JOINT",
        address: village ? `${spec.addressPrefix}${town.spec.name}${village.label}` : `${spec.addressPrefix}${town.spec.name}${street(rng)}`,
        foundedOn: dayInYears(rng, 2008, 2024),
        ...contact(ctx, true, city.areaCode),
      });
      joints.push({ row, covered: 0 });
    }
  });
  const covered = spec.jointCoverage
    ? allocate(joints.map(() => 0.5 + rng.next()), spec.jointCoverage, 20, 80)
    : joints.map(() => rng.int(20, 80));
  const jointMembers = allocate(
    covered.map((c) => c * (0.6 + rng.next() * 0.8)),
    jointBudget,
    5,
  );
  joints.forEach(({ row }, i) => {
    row.coveredEnterprises = covered[i];
    row.employeeCount = Math.max(jointMembers[i], Math.ceil(jointMembers[i] / (0.55 + rng.next() * 0.3)));
    plan(row, jointMembers[i]);
  });

  // County-wide industry federations and new-employment-form unions.
  for (const u of spec.industryUnions) {
    const row = add(ctx, countyRow, {
      name: `${short}${u.suffix}`,
      level: "GRASSROOTS",
      kind: "INDUSTRY",
      coveredEnterprises: u.coveredEnterprises ?? null,
      employeeCount: Math.ceil(u.members / (0.6 + rng.next() * 0.25)),
      address: `${spec.addressPrefix}${towns[0].spec.name}${street(rng)}`,
      foundedOn: dayInYears(rng, 2012, 2023),
      ...contact(ctx, true, city.areaCode),
    });
    plan(row, u.members, { group: u.group });
  }
  for (const u of spec.newEmploymentUnions) {
    const row = add(ctx, countyRow, {
      name: `${short}${u.suffix}`,
      level: "GRASSROOTS",
      kind: "NEW_EMPLOYMENT",
      creditCode: ctx.credit.next(rng, spec.code),
      employeeCount: Math.ceil(u.members / (0.7 + rng.next() * 0.25)),
      address: `${spec.addressPrefix}${towns[0].spec.name}${street(rng)}`,
      foundedOn: dayInYears(rng, 2018, 2025),
      ...contact(ctx, true, city.areaCode),
    });
    plan(row, u.members, { group: u.group });
  }
  return demoUnion;
}

function villageLabels(rng: Rng, town: TownSpec, [min, max]: [number, number]): string[] {
  const isStreet = town.name.endsWith("街道");
  const isZone = town.name.includes("开发区");
  const labels = [...(town.known ?? [])];
  const used = new Set(labels.map((l) => l.replace(/(村|社区)$/, "")));
  const target = isZone ? rng.int(2, 4) : Math.max(labels.length, rng.int(min, max));
  while (labels.length < target) {
    const base = placeName(rng);
    if (used.has(base)) continue;
    used.add(base);
    const community = isZone || rng.chance(isStreet ? 0.6 : 0.12);
    labels.push(base + (community ? "社区" : "村"));
  }
  return labels;
}

function companyName(
  rng: Rng,
  spec: CountySpec,
  city: CitySpec,
  industries: WeightedPicker<string>,
  taken: Set<string>,
): string {
  const bare = spec.name.replace(/(县|区|市)总工会$/, "");
  for (;;) {
    const core = brand(rng) + industries.pick(rng);
    const r = rng.next();
    const name =
      r < 0.35 ? `江苏${core}有限公司`
      : r < 0.42 ? `江苏${core}股份有限公司`
      : r < 0.67 ? `${city.short}${core}有限公司`
      : r < 0.9 ? `${spec.name.replace(/总工会$/, "")}${core}有限公司`
      : `${bare}${core}有限公司`;
    if (!taken.has(name)) return name;
  }
}
