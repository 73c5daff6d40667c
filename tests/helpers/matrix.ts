// The scope-matrix helper the integration tests share: one request per
// account, every status compared at once so a failure shows the whole matrix.
import { expect } from "vitest";
import { as, type Client } from "./http";

export { MODULE_USERS, ROLE_ACCOUNTS, type DemoUser, type Role } from "./accounts";

/** Signs each account in once. */
export async function signedIn<U extends string>(users: readonly U[]): Promise<Record<U, Client>> {
  const out = {} as Record<U, Client>;
  for (const u of users) out[u] = await as(u);
  return out;
}

/** The status each account gets for the same request (sequential: the app is shared). */
export async function statuses<U extends string>(
  clients: Record<U, Client>,
  users: readonly U[],
  request: (client: Client, user: U) => Promise<{ status: number }>,
): Promise<Record<U, number>> {
  const out = {} as Record<U, number>;
  for (const u of users) out[u] = (await request(clients[u], u)).status;
  return out;
}

/** Compares a whole matrix; accounts not named in `expected` expect `otherwise`. */
export function expectMatrix<U extends string>(actual: Record<U, number>, expected: Partial<Record<U, number>>, otherwise?: number) {
  const want = Object.fromEntries(Object.keys(actual).map((u) => [u, expected[u as U] ?? otherwise]));
  expect(actual).toEqual(want);
}
