// The demo accounts the tests act as, one per role and place in the tree.
// Plain data: the integration tests (helpers/matrix.ts) and the browser tests
// (e2e/fixtures.ts loginAs) share it.

/** Which demo account stands for which role (README "Demo accounts"). */
export const ROLE_ACCOUNTS = {
  /** Province administrator: everything. */
  admin: "admin",
  /** County administrator of 建湖县总工会. */
  countyAdmin: "jianhu.admin",
  /** County leader: reads the subtree, never writes or reveals. */
  leader: "jianhu.leader",
  /** County staff of 建湖县总工会. */
  staff: "jianhu.staff",
  /** Town staff of 上冈镇总工会, below 建湖. */
  townStaff: "shanggang.staff",
  /** Staff of another county (盱眙): everything of 建湖 is out of scope. */
  otherCountyStaff: "xuyi.staff",
  /** A member (王建华) of a union below 上冈镇. */
  member: "13800000001",
  /** A reform partner unit (建湖县人社局): only its own 产改 tasks. */
  partner: "jianhu.rsj",
} as const;

export type Role = keyof typeof ROLE_ACCOUNTS;
export type DemoUser = (typeof ROLE_ACCOUNTS)[Role];

/** The accounts every module's scope test walks through; the partner unit is covered once, in scope-matrix. */
export const MODULE_USERS = ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "xuyi.staff", "13800000001"] as const;
