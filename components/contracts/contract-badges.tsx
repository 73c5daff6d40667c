import { CONTRACT_KIND_SHORT, CONTRACT_STATUS_LABELS, type ContractKind, type ContractStatus } from "@/lib/contracts/labels";
import { Badge, type BadgeTone } from "../ui/badge";

const STATUS_TONE: Record<ContractStatus, BadgeTone> = {
  OFFERED: "neutral",
  NEGOTIATING: "blue",
  CONGRESS_APPROVED: "blue",
  SIGNED: "blue",
  SUBMITTED: "amber",
  IN_FORCE: "green",
  EXPIRED: "neutral",
  RENEWED: "neutral",
};

/** The status; a contract still marked in force after its term shows as lapsed. */
export function ContractStatusBadge({ status, lapsed }: { status: ContractStatus; lapsed?: boolean }) {
  if (lapsed) return <Badge tone="red">已过期限（待标记）</Badge>;
  return <Badge tone={STATUS_TONE[status]}>{CONTRACT_STATUS_LABELS[status]}</Badge>;
}

export function ContractKindBadge({ kind }: { kind: ContractKind }) {
  return <Badge tone={kind === "REGIONAL" || kind === "INDUSTRY" ? "blue" : "neutral"}>{CONTRACT_KIND_SHORT[kind]}</Badge>;
}

/** "N天后到期" for a contract in force ending soon. */
export function ExpiryTag({ effectiveTo, today }: { effectiveTo: string | null; today: string }) {
  if (!effectiveTo) return null;
  const days = Math.round((Date.parse(`${effectiveTo}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return null;
  return <Badge tone="amber">{days === 0 ? "今天到期" : `${days}天后到期`}</Badge>;
}
