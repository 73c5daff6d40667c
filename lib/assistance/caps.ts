import "server-only";
import { Prisma, type Tx } from "../db/client";
import { conflict } from "../errors";
import { formatYuan } from "../money";
import { GRANT_KIND_LABELS, type GrantKind } from "./labels";

export type CapSubject = {
  id: string;
  kind: GrantKind;
  amount: Prisma.Decimal;
  memberId: string;
  fileId: string | null;
  year: number;
};

/**
 * Serialises cap checks per household: two submissions for the same member
 * (or hardship file) cannot both pass a check that only one of them fits.
 * Transaction-scoped advisory locks, taken in a fixed order.
 */
export async function lockHousehold(tx: Tx, g: Pick<CapSubject, "memberId" | "fileId">): Promise<void> {
  const keys = [`grant-household:m:${g.memberId}`, ...(g.fileId ? [`grant-household:f:${g.fileId}`] : [])].sort();
  for (const k of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${k}, 0))`;
}

/**
 * The policy's caps for the grant's kind: per grant, and per household per
 * calendar year. The household is the linked hardship file, and always the
 * member themself; every grant of that kind and year counts unless it was
 * rejected or withdrawn.
 */
export async function assertWithinCaps(tx: Tx, g: CapSubject): Promise<void> {
  const policy = await tx.grantPolicy.findUnique({ where: { kind: g.kind } });
  if (!policy) return;
  const label = GRANT_KIND_LABELS[g.kind];
  if (policy.maxAmount && g.amount.gt(policy.maxAmount)) {
    const msg = `${label}单笔不能超过 ${formatYuan(policy.maxAmount.toFixed(2))}`;
    throw conflict(msg, { amount: msg });
  }
  if (policy.maxPerHouseholdYear) {
    const [row] = await tx.$queryRaw<{ total: string }[]>`
      SELECT COALESCE(SUM(amount), 0)::text AS total FROM "grant"
      WHERE year = ${g.year} AND kind = ${g.kind}::"GrantKind" AND id <> ${g.id}::uuid
        AND status NOT IN ('REJECTED', 'WITHDRAWN')
        AND (member_id = ${g.memberId}::uuid OR (${g.fileId}::uuid IS NOT NULL AND file_id = ${g.fileId}::uuid))`;
    const before = new Prisma.Decimal(row.total);
    if (before.plus(g.amount).gt(policy.maxPerHouseholdYear)) {
      const msg =
        `该户${g.year}年${label}已累计 ${formatYuan(before.toFixed(2))}，加上本次 ${formatYuan(g.amount.toFixed(2))} ` +
        `将超过每户每年上限 ${formatYuan(policy.maxPerHouseholdYear.toFixed(2))}`;
      throw conflict(msg, { amount: msg });
    }
  }
}

/** Kinds whose policy requires a hardship file need one that is in file (在档) and belongs to the member. */
export async function assertFileRequirement(tx: Tx, g: Pick<CapSubject, "kind" | "memberId" | "fileId">): Promise<void> {
  const policy = await tx.grantPolicy.findUnique({ where: { kind: g.kind }, select: { requiresHardshipFile: true } });
  if (!policy?.requiresHardshipFile) return;
  const label = GRANT_KIND_LABELS[g.kind];
  if (!g.fileId) throw conflict(`${label}须关联救助对象在档的困难职工档案`, { fileId: "请选择困难职工档案" });
  const file = await tx.hardshipFile.findUnique({ where: { id: g.fileId }, select: { memberId: true, status: true } });
  if (!file || file.memberId !== g.memberId) throw conflict("关联的困难职工档案不属于该救助对象", { fileId: "请选择该职工本人的档案" });
  if (file.status !== "IN_FILE") throw conflict(`${label}须关联“在档”状态的困难职工档案（待核实、已解困或已关闭的档案不可用）`, { fileId: "档案不在档" });
}
