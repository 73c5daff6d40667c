// An organisation as scope checks need it, read by a prepared statement: nearly
// every request checks its scope, and through Prisma that cost 1.3 ms of CPU
// for a 0.1 ms lookup (README, Speed). The same columns ride along with the
// session's own statement (lib/auth/sessions.ts) for the caller's home
// organisation, the one most requests work within.
import "server-only";
import { preparedRows, type Prisma } from "../db/client";

export const ORG_SELECT = {
  id: true,
  name: true,
  level: true,
  kind: true,
  code: true,
  parentId: true,
  depth: true,
  creditCode: true,
  employeeCount: true,
  coveredEnterprises: true,
  address: true,
  contactName: true,
  contactPhone: true,
  foundedOn: true,
  status: true,
  ancestorIds: true,
} satisfies Prisma.OrganisationSelect;

export type OrgRow = Prisma.OrganisationGetPayload<{ select: typeof ORG_SELECT }>;

// ORG_SELECT in SQL. Enums as text; the date as text, made the UTC midnight
// Prisma gives, since pg would read it at the server's local midnight.
const COLUMNS: [sql: (t: string) => string, key: keyof OrgRow][] = [
  [(t) => `${t}.id`, "id"],
  [(t) => `${t}.name`, "name"],
  [(t) => `${t}.level::text`, "level"],
  [(t) => `${t}.kind::text`, "kind"],
  [(t) => `${t}.code`, "code"],
  [(t) => `${t}.parent_id`, "parentId"],
  [(t) => `${t}.depth`, "depth"],
  [(t) => `${t}.credit_code`, "creditCode"],
  [(t) => `${t}.employee_count`, "employeeCount"],
  [(t) => `${t}.covered_enterprises`, "coveredEnterprises"],
  [(t) => `${t}.address`, "address"],
  [(t) => `${t}.contact_name`, "contactName"],
  [(t) => `${t}.contact_phone`, "contactPhone"],
  [(t) => `to_char(${t}.founded_on, 'YYYY-MM-DD')`, "foundedOn"],
  [(t) => `${t}.status::text`, "status"],
  [(t) => `${t}.ancestor_ids`, "ancestorIds"],
];

/** The select list of an OrgRow from the table aliased `t`, each column named `prefix` + its key. */
export const orgColumns = (t: string, prefix = "") => COLUMNS.map(([sql, key]) => `${sql(t)} AS "${prefix}${key}"`).join(", ");

/** The OrgRow in a result row selected with orgColumns(…, prefix). */
export function orgFromRow(row: Record<string, unknown>, prefix = ""): OrgRow {
  const org = Object.fromEntries(COLUMNS.map(([, key]) => [key, row[prefix + key]])) as Record<keyof OrgRow, unknown>;
  const foundedOn = org.foundedOn as string | null;
  return { ...(org as OrgRow), foundedOn: foundedOn === null ? null : new Date(`${foundedOn}T00:00:00.000Z`) };
}

const ORG_BY_ID = `SELECT ${orgColumns("o")} FROM organisation o WHERE o.id = $1`;

/** An organisation by id. Outside a transaction only. */
export async function orgById(id: number): Promise<OrgRow | null> {
  const [r] = await preparedRows<Record<string, unknown>>("org_by_id", ORG_BY_ID, [id]);
  return r ? orgFromRow(r) : null;
}
