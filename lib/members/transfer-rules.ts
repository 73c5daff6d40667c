// What holds a member where they are, for every path that moves a member: the
// direct move within a subtree (lib/members/mutations.ts) and the 会籍接转
// between counties (lib/members/transfers.ts).
import "server-only";
import type { Prisma } from "../db/client";
import { conflict } from "../errors";

/** A grant still being processed ties the member to the union handling it. */
const GRANT_IN_PROGRESS = ["DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "NOTICE"] as const;

export async function grantsInProgress(tx: Prisma.TransactionClient, memberId: string): Promise<number> {
  return tx.grant.count({ where: { memberId, status: { in: [...GRANT_IN_PROGRESS] } } });
}

export const grantBlocks = () => conflict("该会员有正在办理的帮扶救助申请，须办结或撤回后才能转会", { memberId: "有正在办理的帮扶救助申请" });

/** Locks the member row: moves of one member (direct or by request) never interleave. */
export async function lockMember(tx: Prisma.TransactionClient, memberId: string) {
  const [m] = await tx.$queryRaw<{ orgId: number; status: string; leftOn: string | null }[]>`
    SELECT org_id AS "orgId", status::text AS status, to_char(left_on, 'YYYY-MM-DD') AS "leftOn" FROM member WHERE id = ${memberId}::uuid FOR UPDATE`;
  return m;
}

/** A direct move waits for a pending 会籍接转 to be accepted, cancelled or lapse, and for open grants. */
export async function assertNoTransferBlock(tx: Prisma.TransactionClient, memberId: string) {
  const pending = await tx.memberTransferRequest.count({ where: { memberId, status: "PENDING", expiresAt: { gt: new Date() } } });
  if (pending) throw conflict("该会员有待接收的跨县转会申请，请先由转出方或转入方撤销后再办理", { toOrgId: "有待接收的跨县转会申请" });
  if (await grantsInProgress(tx, memberId)) throw grantBlocks();
}
