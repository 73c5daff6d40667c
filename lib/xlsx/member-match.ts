// Import columns that name a member, and matching them against the registry
// (also the member search of the enrolment and entry lists).
// Members are found only through the keyed hash of their ID number (the
// plaintext is never stored) and only within the caller's scope; a number that
// is not found is reported, never turned into a new member.
import "server-only";
import { db, Prisma } from "../db/client";
import { z } from "../validation/zod";
import { hashIdNumber } from "../crypto/pii";
import { ID_NUMBER_MESSAGES, MASKED_ID_NUMBER, parseIdNumber } from "../members/id-number";
import type { Reporter } from "./import";
import { startsWithText } from "../db/like";

export const ID_HEADER = "身份证号";
export const NAME_HEADER = "姓名";


export const zImportIdNumber = z
  .string({ error: "请填写身份证号" })
  .trim()
  .superRefine((v, ctx) => {
    if (MASKED_ID_NUMBER.test(v)) {
      return void ctx.addIssue({ code: "custom", message: "这是脱敏后的身份证号，无法匹配会员：请填写完整的18位号码，或使用“导出（导入格式）”" });
    }
    const r = parseIdNumber(v);
    if (!r.ok) ctx.addIssue({ code: "custom", message: ID_NUMBER_MESSAGES[r.error] });
  })
  .transform((v) => {
    const r = parseIdNumber(v);
    return r.ok ? r.value.idNumber : "";
  });

export const zImportName = z.string({ error: "请填写姓名" }).trim().min(1, "请填写姓名").max(50, "姓名不能超过50个字");

/** The search box takes a name prefix or a full ID number (matched through its keyed hash). */
export function memberSearchWhere(q: string): Prisma.MemberWhereInput {
  if (/^(\d{15}|\d{17}[\dXx])$/.test(q)) {
    const id = parseIdNumber(q);
    return id.ok ? { idHash: hashIdNumber(id.value.idNumber) } : { id: { in: [] } };
  }
  return { name: startsWithText(q) };
}

export type MatchedMember = { id: string; name: string; orgId: number };

/**
 * The members (within `where`, the caller's and the record's scope) whose ID
 * numbers appear in the rows. Rows whose number repeats an earlier row, is not
 * found, or whose name differs from the registry are reported; the rest come
 * back with their member.
 */
export async function matchMembers<R extends { idNumber: string; name: string }>(
  rows: { row: number; data: R }[],
  where: Prisma.MemberWhereInput,
  report: Reporter,
  opts: { unknownMessage: string; dedupeKey?: (r: R) => string; duplicateMessage?: (firstRow: number) => string },
): Promise<{ row: number; data: R; member: MatchedMember }[]> {
  const firstRowByKey = new Map<string, number>();
  const unique: { row: number; data: R; hash: string }[] = [];
  for (const r of rows) {
    const key = opts.dedupeKey ? opts.dedupeKey(r.data) : r.data.idNumber;
    const first = firstRowByKey.get(key);
    if (first !== undefined) {
      report(r.row, ID_HEADER, opts.duplicateMessage ? opts.duplicateMessage(first) : `与第 ${first} 行重复`);
      continue;
    }
    firstRowByKey.set(key, r.row);
    unique.push({ ...r, hash: hashIdNumber(r.data.idNumber) });
  }
  const hashes = [...new Set(unique.map((r) => r.hash))];
  const found = new Map<string, MatchedMember & { idHash: string }>();
  // Batches keep each IN list (and its bind parameters) modest.
  for (let i = 0; i < hashes.length; i += 2000) {
    const batch = hashes.slice(i, i + 2000);
    const members = await db.member.findMany({
      where: { AND: [where, { idHash: { in: batch } }] },
      select: { id: true, name: true, orgId: true, idHash: true },
    });
    for (const m of members) found.set(m.idHash, m);
  }
  const out: { row: number; data: R; member: MatchedMember }[] = [];
  for (const r of unique) {
    const m = found.get(r.hash);
    if (!m) {
      report(r.row, ID_HEADER, opts.unknownMessage);
      continue;
    }
    if (m.name !== r.data.name) {
      report(r.row, NAME_HEADER, "姓名与该身份证号在会员名册中登记的姓名不一致，请核对");
      continue;
    }
    out.push({ row: r.row, data: r.data, member: { id: m.id, name: m.name, orgId: m.orgId } });
  }
  return out;
}
