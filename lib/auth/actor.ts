// Who is asking. Every data-access function takes an Actor and derives what it
// may see from it; nothing trusts an org id or member id sent by the client.
import type { OrgRow } from "../orgs/org-row";
import { forbidden } from "../errors";

export type Role = "ADMIN" | "LEADER" | "STAFF" | "MEMBER" | "PARTNER";

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Home organisation: staff, leaders and admins see it and everything below. */
  orgId: number;
  orgName: string;
  /** Depth of the home organisation in the tree: 0 province, 1 city, 2 county or district, … */
  orgDepth: number;
  /** Set for member accounts: the one member record they may see. */
  memberId: string | null;
  /** Set for partner-unit accounts (PARTNER): the 协同单位 whose 产改 tasks they see and report on. */
  partnerUnitId: number | null;
  sessionId: string;
  ip?: string;
  /** Two-factor sign-in is on for the account (lib/auth/two-factor.ts). */
  twoFactor?: boolean;
  /** The home organisation as scope checks read it, when the session's statement brought it (lib/orgs/org-row.ts). */
  home?: OrgRow;
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "管理员",
  LEADER: "领导（只读）",
  STAFF: "工会干部",
  MEMBER: "会员",
  PARTNER: "协同单位",
};

/**
 * Union staff, leaders and administrators: the roles that see their home
 * organisation's subtree. Listed rather than "not a member": a member sees
 * only their own record and a partner-unit account (PARTNER) only its 产改
 * tasks (lib/reform), so any role added later sees nothing until it is let in.
 */
export const isStaffLike = (a: Actor) => a.role === "ADMIN" || a.role === "LEADER" || a.role === "STAFF";
/**
 * For the scopes of records a member may see (their own): true for a member,
 * false for staff, and 403 for a partner-unit account, which has no records
 * anywhere outside lib/reform.
 */
export function seesOwnRecordsOnly(a: Actor): boolean {
  if (a.role === "PARTNER") throw forbidden();
  return !isStaffLike(a);
}
export const isPartner = (a: Actor) => a.role === "PARTNER" && a.partnerUnitId !== null;

/**
 * Province-wide reference data (aid policies, activity types) is the same for
 * every county, so only the administrators of the root organisation, the
 * provincial federation, change it; a county's administrator reads it.
 */
export const keepsReferenceData = (a: Actor) => a.role === "ADMIN" && a.orgDepth === 0;
export const canWrite = (a: Actor) => a.role === "ADMIN" || a.role === "STAFF";

export function assertStaffLike(a: Actor) {
  if (!isStaffLike(a)) throw forbidden();
}

export function assertCanWrite(a: Actor) {
  if (!canWrite(a)) throw forbidden(a.role === "LEADER" ? "领导账号为只读，不能修改数据" : undefined);
}
