import "server-only";
// The desk on 首页: what awaits the staff member across modules, each with a
// count and a link to where it is done, and the modules they use most. Each
// module contributes one source (lib/<module>/desk.ts, a DeskSource); adding
// one to the desk is one line in SOURCES.
import { canWrite, type Actor } from "@/lib/auth/actor";
import type { DeskEntry, DeskScope, DeskSource } from "@/lib/desk/types";
import { assistanceDesk } from "@/lib/assistance/desk";
import { changeRequestDesk } from "@/lib/self-service/desk";
import { contractsDesk } from "@/lib/contracts/desk";
import { applicationsDesk, lapsedDesk, transfersDesk } from "@/lib/members/desk";
import { reformDesk } from "@/lib/reform/desk";
import { reportsDesk } from "@/lib/reports/desk";
import { assistOrdersDesk } from "@/lib/assist-orders/desk";
import { rightsCasesDesk } from "@/lib/rights-cases/desk";

export type { DeskEntry };

const SOURCES: DeskSource[] = [
  changeRequestDesk,
  transfersDesk,
  applicationsDesk,
  lapsedDesk,
  assistanceDesk,
  contractsDesk,
  reportsDesk,
  reformDesk,
  assistOrdersDesk,
  rightsCasesDesk,
];

/** Everything awaiting the actor (writers only: leaders read, they have no desk). */
export async function loadDesk(actor: Actor, scope: DeskScope): Promise<DeskEntry[]> {
  if (!canWrite(actor)) return [];
  return (await Promise.all(SOURCES.map((s) => s(actor, scope)))).flat();
}
