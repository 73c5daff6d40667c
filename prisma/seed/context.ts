import type { Tree } from "./orgs";
import type { Rng } from "./random";

/** What the programme-record loaders get from the base demo load. */
export type DemoContext = {
  rng: Rng;
  tree: Tree;
  demoMemberId: string;
  /** username → app_user id of the demo accounts. */
  userIds: Record<string, string>;
  /** bcrypt hash of the demo password, for any further demo accounts. */
  passwordHash: string;
  log: (msg: string) => void;
};
