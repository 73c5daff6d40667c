import "server-only";
import type { Tx } from "../db/client";
import { conflict } from "../errors";

/**
 * Keeps a member's sign-in account in step with the registry: the username is
 * the phone number, and the account's organisation is the member's union.
 */
export async function syncMemberAccount(tx: Tx, memberId: string, change: { phone?: string; orgId?: number }) {
  const user = await tx.user.findUnique({ where: { memberId }, select: { id: true, username: true } });
  if (!user) return;
  if (change.phone && change.phone !== user.username) {
    const clash = await tx.user.findUnique({ where: { username: change.phone } });
    if (clash) throw conflict("该手机号已被其他账号使用", { phone: "该手机号已被其他账号使用" });
  }
  await tx.user.update({
    where: { id: user.id },
    data: { ...(change.phone ? { username: change.phone } : {}), ...(change.orgId ? { orgId: change.orgId } : {}) },
  });
}
