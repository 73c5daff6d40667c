// Demo data set: the Jiangsu union tree (建湖县 at full county scale), a
// real-name member registry with valid, encrypted ID numbers, transfer
// histories, and seven sign-in accounts. Deterministic except for the
// AES-GCM IVs, and loaded in one transaction.
import bcrypt from "bcryptjs";
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import { iso } from "./dates";
import { IdNumbers, Phones } from "./ids";
import { MemberFactory } from "./members";
import { buildTree, DEMO_UNION, type Tree } from "./orgs";
import { Rng } from "./random";
import type { OrgRow } from "./types";
import type { DemoContext } from "./context";
import { loadProgrammeDemo } from "./programmes";
import { loadAssistanceDemo } from "./assistance";

export const DEMO_PASSWORD = "Demo@2026";

const SEED = 20_261_101;
const JIANHU = "320925";
const JIANHU_CARDS = 10_000;
const JIANHU_TRANSFERS = 300;

export const DEMO_ACCOUNTS: { username: string; role: string; org: string; note: string }[] = [
  { username: "admin", role: "ADMIN", org: "江苏省总工会", note: "省总工会系统管理员，可管理全省组织与账号" },
  { username: "jianhu.admin", role: "ADMIN", org: "建湖县总工会", note: "建湖县总工会系统管理员" },
  { username: "jianhu.leader", role: "LEADER", org: "建湖县总工会", note: "县总工会主席，查看全县数据看板" },
  { username: "jianhu.staff", role: "STAFF", org: "建湖县总工会", note: "县总工会工作人员，录入和维护全县数据" },
  { username: "shanggang.staff", role: "STAFF", org: "上冈镇总工会", note: "镇工会干部，只能看到上冈镇及以下" },
  { username: "xuyi.staff", role: "STAFF", org: "盱眙县总工会", note: "盱眙县总工会工作人员" },
  { username: "13800000001", role: "MEMBER", org: `${DEMO_UNION.company}工会委员会`, note: "会员王建华，用手机号登录，查看本人权益" },
  { username: "huarui.staff", role: "STAFF", org: `${DEMO_UNION.company}工会委员会`, note: "企业工会干部，录入并提交本企业职工的帮扶申请" },
];

const DISPLAY_NAMES: Record<string, string> = {
  admin: "省总工会管理员",
  "jianhu.admin": "建湖县总工会管理员",
  "jianhu.leader": "建湖县总工会主席",
  "jianhu.staff": "朱海燕",
  "shanggang.staff": "周晓明",
  "xuyi.staff": "孙雅婷",
  "13800000001": "王建华",
  "huarui.staff": "刘晓芳",
};

export async function loadDemoData(
  client: Client,
  opts: { log?: (msg: string) => void } = {},
): Promise<{ organisations: number; members: number; users: number }> {
  const started = Date.now();
  const log = (msg: string) => opts.log?.(`${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const rng = new Rng(SEED);
  const phones = new Phones();
  const idNumbers = new IdNumbers();

  const tree = buildTree(rng, phones);
  log(`built ${tree.orgs.length} organisations`);

  const factory = new MemberFactory(rng, idNumbers, phones);
  const demoMemberId = factory.addDemoMember(tree.demoUnion);
  for (const plan of tree.plans) factory.addForPlan(plan, plan.org === tree.demoUnion ? plan.count - 1 : plan.count);
  const cards = factory.issueCards(JIANHU, JIANHU_CARDS - 1) + 1;
  const jianhuUnions = tree.orgs.filter(
    (o) => o.ancestorIds.includes(tree.byName.get("建湖县总工会")!.id) && (o.kind === "INDEPENDENT" || o.kind === "JOINT"),
  );
  const transfers = factory.transfers(JIANHU, JIANHU_TRANSFERS, jianhuUnions, new Set([demoMemberId]));
  log(`generated ${factory.count} members, ${cards} service cards, ${transfers.id.length} transfers`);

  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);

  await client.query("BEGIN");
  try {
    await insertOrganisations(client, tree.orgs);
    await client.query(`SELECT setval(pg_get_serial_sequence('organisation', 'id'), max(id)) FROM organisation`);
    log("inserted organisations");
    const c = factory.cols;
    await bulkInsert(client, "member", [
      { name: "id", type: "uuid", values: c.id },
      { name: "name", type: "text", values: c.name },
      { name: "id_cipher", type: "bytea", values: c.idCipher },
      { name: "id_hash", type: "text", values: c.idHash },
      { name: "id_masked", type: "text", values: c.idMasked },
      { name: "birth_date", type: "date", values: c.birthDate },
      { name: "sex", type: '"Sex"', values: c.sex },
      { name: "phone", type: "text", values: c.phone },
      { name: "org_id", type: "int", values: c.orgId },
      { name: "joined_on", type: "date", values: c.joinedOn },
      { name: "status", type: '"MemberStatus"', values: c.status },
      { name: "groups", type: "text", values: c.groups, expr: (v) => `${v}::"MemberGroup"[]` },
      { name: "card_no", type: "text", values: c.cardNo },
      { name: "left_on", type: "date", values: c.leftOn },
      { name: "left_reason", type: "text", values: c.leftReason },
    ]);
    log("inserted members");
    await bulkInsert(
      client,
      "member_transfer",
      [
        { name: "id", type: "uuid", values: transfers.id },
        { name: "member_id", type: "uuid", values: transfers.memberId },
        { name: "from_org_id", type: "int", values: transfers.fromOrgId },
        { name: "to_org_id", type: "int", values: transfers.toOrgId },
        { name: "transferred_on", type: "date", values: transfers.transferredOn },
        { name: "reason", type: "text", values: transfers.reason },
      ],
      { stamps: ["created_at"] },
    );
    const userIds = await insertUsers(client, rng, tree, demoMemberId, passwordHash);
    const users = Object.keys(userIds).length;
    // Programme records build on the tree and the registry, in the same transaction.
    const ctx: DemoContext = { rng, tree, demoMemberId, userIds, passwordHash, log };
    await loadProgrammeDemo(client, ctx);
    await loadAssistanceDemo(client, ctx);
    await (await import("./targets")).loadTargetDemo(client, ctx);
    await (await import("./reform")).loadReformDemo(client, ctx);

    // After everything else, so the other loaders' random draws stay as they were.
    await (await import("./assist-orders")).loadAssistOrderDemo(client, ctx);
    await (await import("./rights-cases")).loadRightsCaseDemo(client, ctx);
    await (await import("./membership")).loadMembershipDemo(client, ctx);
    await (await import("./yearbook")).loadYearbookDemo(client, ctx);
    await client.query("ANALYZE");
    await client.query("COMMIT");
    log("committed");
    return { organisations: tree.orgs.length, members: factory.count, users };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}

async function insertOrganisations(client: Client, orgs: OrgRow[]): Promise<void> {
  const col = <T>(f: (o: OrgRow) => T) => orgs.map(f);
  await bulkInsert(client, "organisation", [
    { name: "id", type: "int", values: col((o) => o.id) },
    { name: "name", type: "text", values: col((o) => o.name) },
    { name: "level", type: '"OrgLevel"', values: col((o) => o.level) },
    { name: "kind", type: '"OrgKind"', values: col((o) => o.kind) },
    { name: "code", type: "text", values: col((o) => o.code) },
    { name: "parent_id", type: "int", values: col((o) => o.parentId) },
    // unnest would flatten an int[][], so each path travels as an array literal.
    { name: "ancestor_ids", type: "text", values: col((o) => `{${o.ancestorIds.join(",")}}`), expr: (v) => `${v}::int[]` },
    { name: "depth", type: "int", values: col((o) => o.ancestorIds.length - 1) },
    { name: "credit_code", type: "text", values: col((o) => o.creditCode) },
    { name: "employee_count", type: "int", values: col((o) => o.employeeCount) },
    { name: "covered_enterprises", type: "int", values: col((o) => o.coveredEnterprises) },
    { name: "address", type: "text", values: col((o) => o.address) },
    { name: "contact_name", type: "text", values: col((o) => o.contactName) },
    { name: "contact_phone", type: "text", values: col((o) => o.contactPhone) },
    { name: "founded_on", type: "date", values: col((o) => (o.foundedOn === null ? null : iso(o.foundedOn))) },
  ]);
}

async function insertUsers(
  client: Client,
  rng: Rng,
  tree: Tree,
  demoMemberId: string,
  passwordHash: string,
): Promise<Record<string, string>> {
  const orgId = (name: string) => {
    const org = tree.byName.get(name);
    if (!org) throw new Error(`demo account organisation not found: ${name}`);
    return org.id;
  };
  const rows = DEMO_ACCOUNTS.map((a) => ({
    id: rng.uuid(),
    username: a.username,
    displayName: DISPLAY_NAMES[a.username],
    role: a.role,
    orgId: orgId(a.org),
    memberId: a.role === "MEMBER" ? demoMemberId : null,
  }));
  await bulkInsert(client, "app_user", [
    { name: "id", type: "uuid", values: rows.map((r) => r.id) },
    { name: "username", type: "text", values: rows.map((r) => r.username) },
    { name: "display_name", type: "text", values: rows.map((r) => r.displayName) },
    { name: "password_hash", type: "text", values: rows.map(() => passwordHash) },
    { name: "role", type: '"Role"', values: rows.map((r) => r.role) },
    { name: "org_id", type: "int", values: rows.map((r) => r.orgId) },
    { name: "member_id", type: "uuid", values: rows.map((r) => r.memberId) },
  ]);
  return Object.fromEntries(rows.map((r) => [r.username, r.id]));
}
