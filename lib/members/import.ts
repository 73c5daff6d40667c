// 会员批量导入: the real-name registry filled from .xlsx on the shared import
// framework (lib/xlsx/import.ts). Unlike the programme imports, rows CREATE
// members, so the checks are the registry's own: the ID number (GB 11643,
// 15-digit numbers upgraded) with the sex and birth date it implies, the union
// inside the caller's subtree (by name or credit code), and the person not yet
// in the registry — anywhere in the province, since one person is one member.
// A person registered outside the caller's subtree is reported without naming
// where. Everything is set-based so that 50,000 rows import in seconds, and
// batched so that memory stays flat: the keyed hash is computed once per row,
// each batch's lookups go in one query each, its rows are staged through
// `unnest` into a temporary table, and the registry is filled from it at the
// end, all in one transaction.
import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { todayCST } from "../dates";
import { conflict } from "../errors";
import { z } from "../validation/zod";
import { encryptIdNumber, hashIdNumber } from "../crypto/pii";
import { auditImportCheck, refundImportBudget, spendImportBudget } from "./id-lookup";
import { holdsMembers, type OrgLevel } from "../orgs/labels";
import { buildTemplate, checkInBatches, fromLabel, type ImportColumn, type ImportSpec, type ParsedRow, type RawRow, type Reporter } from "../xlsx/import";
import { ID_HEADER, zImportIdNumber } from "../xlsx/member-match";
import { maskIdNumber, parseIdNumber } from "./id-number";
import { MEMBER_GROUP_LABELS, MEMBER_GROUPS, MEMBERSHIP_HELD, SEX_LABELS, type MemberGroup, type MemberStatus } from "./labels";
import { MemberCreateSchema, zPhone } from "./schema";

export type RegistryKey = "name" | "idNumber" | "phone" | "union" | "joinedOn" | "groups" | "sex" | "birthDate" | "cardNo";

/** 50,000 rows: a large enterprise union's or a town's whole registry in one file. */
export const REGISTRY_MAX_ROWS = 50_000;

const GROUP_CHOICES = MEMBER_GROUPS.map((g) => MEMBER_GROUP_LABELS[g]);

export const REGISTRY_COLUMNS: readonly ImportColumn<RegistryKey>[] = [
  { key: "name", header: "姓名", required: true, example: "张三", hint: "2–20个汉字或字母，可含间隔号“·”", width: 12 },
  { key: "idNumber", header: ID_HEADER, required: true, example: "320925199001011230", hint: "完整的18位身份证号（末位可为X），文本格式；15位旧号码自动升级为18位", width: 22, text: true },
  { key: "phone", header: "手机号", required: true, example: "13812345678", hint: "11位手机号，以1开头", width: 14, text: true },
  {
    key: "union",
    header: "所属工会",
    required: true,
    example: "示例：某某有限公司工会委员会",
    hint: "本单位或下级的基层工会、村（社区）工会的全称，或其统一社会信用代码（18位）；有同名工会时请填信用代码",
    width: 36,
  },
  { key: "joinedOn", header: "入会日期", required: true, example: "2024-05-01", hint: "年-月-日，如 2024-05-01（也可写 2024/5/1），不晚于今天", width: 12 },
  {
    key: "groups",
    header: "人员类别",
    example: MEMBER_GROUP_LABELS.FRONTLINE,
    hint: `可不填；可从下拉列表选择一项，多项用顿号“、”分隔：${GROUP_CHOICES.join("、")}`,
    width: 18,
    choices: GROUP_CHOICES,
  },
  { key: "sex", header: "性别", example: "男", hint: "可不填（由身份证号得出）；填写时须与身份证号一致", width: 6, choices: ["男", "女"] },
  { key: "birthDate", header: "出生日期", example: "1990-01-01", hint: "可不填（由身份证号得出）；填写时须与身份证号一致", width: 12 },
  { key: "cardNo", header: "会员服务卡号", example: "", hint: "可不填；8–20位数字，不能与已有卡号重复", width: 20, text: true },
];

const HEADER = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c.key, c.header])) as Record<RegistryKey, string>;

/** "2024-05-01", "2024/5/1", "2024.5.1", "2024年5月1日" → "2024-05-01", or null. */
export function importDate(s: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const zImportDate = (label: string) =>
  z.string({ error: `请填写${label}` }).transform((v, ctx) => {
    const d = importDate(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: `${label}应为有效日期，格式 年-月-日` });
      return z.NEVER;
    }
    return d;
  });

const GROUP_SEPARATORS = /[、,，;；/\s]+/;

const RegistryRowSchema = z
  .object({
    name: MemberCreateSchema.shape.name,
    idNumber: zImportIdNumber,
    phone: zPhone,
    union: z.string({ error: "请填写所属工会" }).max(100, "所属工会不能超过100个字"),
    joinedOn: zImportDate("入会日期").refine((d) => d <= todayCST(), "入会日期不能晚于今天"),
    groups: z
      .string()
      .optional()
      .transform((v, ctx): MemberGroup[] => {
        if (!v) return [];
        const out = new Set<MemberGroup>();
        for (const part of v.split(GROUP_SEPARATORS).filter(Boolean)) {
          const g = fromLabel(MEMBER_GROUP_LABELS, part);
          if (!g) {
            ctx.addIssue({ code: "custom", message: `人员类别“${part}”不在列表中，应为：${GROUP_CHOICES.join("、")}` });
            return z.NEVER;
          }
          out.add(g);
        }
        return [...out];
      }),
    sex: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const s = fromLabel(SEX_LABELS, v, { 男性: "MALE", 女性: "FEMALE" });
        if (!s) {
          ctx.addIssue({ code: "custom", message: "性别应为“男”或“女”" });
          return z.NEVER;
        }
        return s;
      }),
    birthDate: zImportDate("出生日期").optional(),
    cardNo: MemberCreateSchema.shape.cardNo,
  })
  .transform((v, ctx) => {
    const id = parseIdNumber(v.idNumber);
    // An invalid number has its own issue already; nothing to compare with.
    if (!id.ok) return z.NEVER;
    const { birthDate, sex } = id.value;
    if (v.sex && v.sex !== sex) ctx.addIssue({ code: "custom", path: ["sex"], message: `性别与身份证号不符（身份证号为${SEX_LABELS[sex]}性）` });
    if (v.birthDate && v.birthDate !== birthDate) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "出生日期与身份证号中的出生日期不符" });
    if (v.joinedOn < birthDate) ctx.addIssue({ code: "custom", path: ["joinedOn"], message: "入会日期早于出生日期" });
    return { ...v, birthDate, sex };
  });

export type RegistryRow = z.output<typeof RegistryRowSchema>;

export const REGISTRY_IMPORT: ImportSpec<RegistryKey, RegistryRow> = {
  title: "会员批量导入说明",
  columns: REGISTRY_COLUMNS,
  row: RegistryRowSchema as unknown as z.ZodType<RegistryRow, RawRow<RegistryKey>>,
  maxRows: REGISTRY_MAX_ROWS,
  idNumberNote: "身份证号请以文本格式填写完整的18位号码（末位可为X），15位旧号码会自动升级；一人只能在一个工会登记，文件中或名册中已有的身份证号都会报错。",
  notes: [
    "所属工会须是您所在单位或其下级的基层工会、村（社区）工会；填写工会全称，遇到同名工会时请改填该工会的统一社会信用代码。",
    "已在本单位或下级登记的会员会报为重复，并列出其所在工会；已在其他地区工会登记的，请办理转会（会籍接转），不要重复登记。",
    "性别、出生日期可不填，由身份证号得出；填写了则须与身份证号一致。",
    "导出会员名册时选择“导入格式”，可得到与本模板相同的列，修改后可重新导入。",
  ],
};

export async function registryTemplate(actor: Actor) {
  assertCanWrite(actor);
  return { buf: await buildTemplate(REGISTRY_IMPORT, [`本模板用于：${actor.orgName}及下级工会的会员登记。`]), filename: "会员批量导入模板.xlsx" };
}

// ---------------------------------------------------------------- checks

type UnionRow = { id: number; name: string; creditCode: string | null; level: OrgLevel; status: string };
const CREDIT_CODE = /^[0-9A-Z]{18}$/;

/**
 * Resolves each row's union: only the names and codes the file mentions are
 * looked up, and only inside the caller's subtree, so a union elsewhere is
 * "not found" like one that does not exist.
 */
async function resolveUnions<R extends { row: number; data: RegistryRow }>(actor: Actor, rows: R[], report: Reporter) {
  const wanted = [...new Set(rows.map((r) => r.data.union.trim()))];
  const codes = wanted.filter((w) => CREDIT_CODE.test(w.toUpperCase())).map((w) => w.toUpperCase());
  const found = wanted.length
    ? await db.$queryRaw<UnionRow[]>`
        SELECT id, name, credit_code AS "creditCode", level::text AS level, status::text AS status
        FROM organisation
        WHERE ancestor_ids @> ARRAY[${actor.orgId}]::int[] AND (name = ANY(${wanted}::text[]) OR credit_code = ANY(${codes}::text[]))`
    : [];
  const byName = new Map<string, UnionRow[]>();
  const byCode = new Map<string, UnionRow[]>();
  for (const u of found) {
    byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    if (u.creditCode) byCode.set(u.creditCode, [...(byCode.get(u.creditCode) ?? []), u]);
  }
  const out: (R & { orgId: number })[] = [];
  for (const r of rows) {
    const key = r.data.union.trim();
    const code = key.toUpperCase();
    const candidates = (CREDIT_CODE.test(code) ? byCode.get(code) : undefined) ?? byName.get(key) ?? [];
    const holding = candidates.filter((u) => holdsMembers(u.level) && u.status === "ACTIVE");
    if (holding.length === 1) {
      out.push({ ...r, orgId: holding[0].id });
      continue;
    }
    const column = HEADER.union;
    if (holding.length > 1) report(r.row, column, `本单位及下级有 ${holding.length} 个名为“${key}”的工会，请改填该工会的统一社会信用代码`);
    else if (candidates.some((u) => u.status !== "ACTIVE")) report(r.row, column, "该工会已撤销，不能登记会员");
    else if (candidates.length) report(r.row, column, "会员须登记在基层工会或村（社区）工会，不能登记在总工会");
    else report(r.row, column, "本单位及下级中没有这个工会，请填写工会全称或统一社会信用代码");
  }
  return out;
}

type Existing = { idHash: string; mine: boolean; orgName: string; status: MemberStatus };

/**
 * People already in the registry, looked up across the whole province by the
 * keyed hash. Outside the caller's subtree only the fact is used, never the
 * union's name: the report says "registered elsewhere" and points to transfer.
 */
async function existingPeople(actor: Actor, hashes: string[]): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  if (!hashes.length) return out;
  // char(64) like the column: compared with text[], the column is cast to text and
  // its unique index no longer serves — a scan of the whole registry per batch.
  const rows = await db.$queryRaw<Existing[]>`
    SELECT m.id_hash AS "idHash", o.ancestor_ids @> ARRAY[${actor.orgId}]::int[] AS mine, o.name AS "orgName", m.status::text AS status
    FROM member m JOIN organisation o ON o.id = m.org_id
    WHERE m.id_hash = ANY(${hashes}::char(64)[])`;
  for (const r of rows) out.set(r.idHash, r);
  return out;
}

type Ready = { row: number; data: RegistryRow; orgId: number; idHash: string };

/** Rows checked and written per batch: memory holds one batch, whatever the file's length. */
const BATCH = 2000;

/**
 * The checks of one file, a batch at a time. Across batches it keeps only what
 * the in-file duplicate checks need — the first row of each ID number (by a
 * 128-bit prefix of its keyed hash) and of each card number — and the count
 * of ID numbers checked, for the budget's audit.
 */
function registryChecker(actor: Actor, dryRun: boolean) {
  const firstById = new Map<string, number>();
  const firstByCard = new Map<string, number>();
  let checked = 0;
  return {
    get checked() {
      return checked;
    },
    async check(rows: ParsedRow<RegistryRow>[], report: Reporter): Promise<Ready[]> {
      // Duplicates inside the file: by ID number (the keyed hash, computed here once
      // per row and carried to the insert) and by card number.
      const unique: (ParsedRow<RegistryRow> & { idHash: string })[] = [];
      for (const r of rows) {
        const idHash = hashIdNumber(r.data.idNumber);
        const key = idHash.slice(0, 32);
        const first = firstById.get(key);
        if (first !== undefined) {
          report(r.row, ID_HEADER, `与第 ${first} 行的身份证号重复`);
          continue;
        }
        firstById.set(key, r.row);
        if (r.data.cardNo) {
          const firstCard = firstByCard.get(r.data.cardNo);
          if (firstCard !== undefined) {
            report(r.row, HEADER.cardNo, `与第 ${firstCard} 行的会员服务卡号重复`);
            continue;
          }
          firstByCard.set(r.data.cardNo, r.row);
        }
        unique.push({ ...r, idHash });
      }
      if (!unique.length) return [];

      await spendImportBudget(actor, unique.length);
      checked += unique.length;
      const existing = await existingPeople(actor, unique.map((r) => r.idHash));
      const cards = unique.flatMap((r) => (r.data.cardNo ? [r.data.cardNo] : []));
      const takenCards = new Set(
        cards.length ? (await db.member.findMany({ where: { cardNo: { in: cards } }, select: { cardNo: true } })).map((m) => m.cardNo) : [],
      );
      const fresh = unique.filter((r) => {
        const e = existing.get(r.idHash);
        if (e) {
          if (!e.mine) report(r.row, ID_HEADER, "已在其他工会登记，请办理转会");
          else if (MEMBERSHIP_HELD.includes(e.status)) report(r.row, ID_HEADER, `该人员已是会员（所在工会：${e.orgName}），不能重复登记`);
          else report(r.row, ID_HEADER, `该人员曾是会员（${e.orgName}，${e.status === "LEFT" ? "已退会" : "已转出"}），请在“新增会员”中逐个登记，将恢复其原会员记录`);
          return false;
        }
        if (r.data.cardNo && takenCards.has(r.data.cardNo)) {
          report(r.row, HEADER.cardNo, "该会员服务卡号已被使用");
          return false;
        }
        return true;
      });
      return (await resolveUnions(actor, fresh, report)).map((r) => ({ row: r.row, data: r.data, orgId: r.orgId, idHash: r.idHash }));
    },
    /** One audit entry for the file's check, however many batches it took (none if no number was looked up). */
    async audited() {
      if (checked) await auditImportCheck(actor, checked, dryRun);
    },
    /** The file was refused without a report: what was looked up goes back to the budget. */
    async refund() {
      await refundImportBudget(actor, checked);
    },
  };
}

// ---------------------------------------------------------------- write

const raced = () => conflict("导入期间有人员或会员服务卡号被他人登记，未写入任何数据，请重新试导入", { file: "导入期间数据有变化" });

// The checked rows wait here, encrypted, until the whole file has passed: a
// temporary table lives in the import's transaction only (ON COMMIT DROP) and
// is never written to the WAL, so a refused file leaves nothing behind.
const STAGE = Prisma.raw("member_import_stage");
const STAGED_COLUMNS = Prisma.raw("name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, groups, card_no");

async function createStage(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE ${STAGE} (
      name text NOT NULL, id_cipher bytea NOT NULL, id_hash text NOT NULL, id_masked text NOT NULL, birth_date date NOT NULL,
      sex "Sex" NOT NULL, phone text NOT NULL, org_id int NOT NULL, joined_on date NOT NULL, groups "MemberGroup"[] NOT NULL, card_no text
    ) ON COMMIT DROP`;
}

/** Stages one batch with one statement: columns as arrays, `unnest`ed into rows. */
async function stageBatch(tx: Prisma.TransactionClient, batch: Ready[]) {
  const col = <T>(f: (r: Ready) => T) => batch.map(f);
  await tx.$executeRaw`
    INSERT INTO ${STAGE} (${STAGED_COLUMNS})
    SELECT t.name, decode(t.cipher, 'base64'), t.hash, t.masked, t.birth::date, t.sex::"Sex", t.phone, t.org, t.joined::date,
           CASE WHEN t.groups = '' THEN '{}'::"MemberGroup"[] ELSE string_to_array(t.groups, ',')::"MemberGroup"[] END, t.card
    FROM unnest(
      ${col((r) => r.data.name)}::text[], ${col((r) => encryptIdNumber(r.data.idNumber).toString("base64"))}::text[],
      ${col((r) => r.idHash)}::text[], ${col((r) => maskIdNumber(r.data.idNumber))}::text[],
      ${col((r) => r.data.birthDate)}::text[], ${col((r) => r.data.sex)}::text[], ${col((r) => r.data.phone)}::text[],
      ${col((r) => r.orgId)}::int[], ${col((r) => r.data.joinedOn)}::text[], ${col((r) => r.data.groups.join(","))}::text[],
      ${col((r) => r.data.cardNo ?? null)}::text[]
    ) AS t(name, cipher, hash, masked, birth, sex, phone, org, joined, groups, card)`;
}

/**
 * Moves the staged rows into the registry with one statement. A row someone
 * else registered since the checks (same ID number or card number) is skipped
 * by ON CONFLICT and the shortfall rolls everything back.
 */
async function registerStaged(tx: Prisma.TransactionClient, staged: number) {
  const inserted = await tx.$executeRaw`
    INSERT INTO member (${STAGED_COLUMNS}, updated_at) SELECT ${STAGED_COLUMNS}, now() FROM ${STAGE} ON CONFLICT DO NOTHING`;
  if (inserted !== staged) throw raced();
}

/**
 * Dry run or all-or-nothing import into the registry. Permission is checked
 * before the upload is read; every union named must lie in the caller's subtree.
 * The sheet is read, checked and (for real) staged a batch at a time inside one
 * transaction, so memory holds one batch however long the file; the staged rows
 * go into the registry only once the last row has passed, else nothing does.
 */
export async function importRegistry(actor: Actor, opts: { dryRun: boolean; read: () => Promise<Buffer> }) {
  assertCanWrite(actor);
  const file = await opts.read();
  const checker = registryChecker(actor, opts.dryRun);
  const checkFile = (stage?: (ready: Ready[]) => Promise<void>) =>
    checkInBatches({
      file,
      spec: REGISTRY_IMPORT,
      dryRun: opts.dryRun,
      batchSize: BATCH,
      check: async (rows, report, cleanSoFar) => {
        const ready = await checker.check(rows, report);
        if (stage && ready.length && cleanSoFar()) await stage(ready);
      },
    })
      .catch(async (e: unknown) => {
        // The file's own error is the answer; a refund that fails (the database gone) only costs budget.
        await checker.refund().catch(() => undefined);
        throw e;
      })
      .finally(() => checker.audited());
  if (opts.dryRun) return checkFile();
  return db.$transaction(
    async (tx) => {
      await createStage(tx);
      let staged = 0;
      const report = await checkFile(async (ready) => {
        await stageBatch(tx, ready);
        staged += ready.length;
      });
      // A refused file: the stage (dropped at commit) is all this transaction touched.
      if (!report.ok) return report;
      await registerStaged(tx, staged);
      await audit(actor, { action: "member.import", entityType: "member", orgId: actor.orgId, details: { rows: staged, unions: await stagedUnions(tx) } }, tx);
      report.summary.written = staged;
      return report;
    },
    // The transaction spans reading and checking the whole file, not only the write:
    // 10,000 rows took 75 s on a machine loaded eightfold, so 50,000 may take minutes.
    { timeout: 15 * 60_000, maxWait: 10_000 },
  );
}

async function stagedUnions(tx: Prisma.TransactionClient) {
  const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT org_id)::int AS n FROM ${STAGE}`;
  return n;
}
