import { GRANT_KIND_LABELS, GRANT_STATUS_LABELS, type GrantKind, type GrantStatus } from "@/lib/assistance/labels";
import { HARDSHIP_STATUS_LABELS, type HardshipStatus } from "@/lib/hardship/labels";
import { formatYuan } from "@/lib/money";
import { Badge, type BadgeTone } from "../ui/badge";

const GRANT_TONE: Record<GrantStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "blue",
  REVIEWED: "blue",
  APPROVED: "amber",
  NOTICE: "amber",
  DISBURSED: "green",
  REJECTED: "red",
  WITHDRAWN: "neutral",
};

export function GrantStatusBadge({ status }: { status: GrantStatus }) {
  return <Badge tone={GRANT_TONE[status]}>{GRANT_STATUS_LABELS[status]}</Badge>;
}

export function GrantKindLabel({ kind }: { kind: GrantKind }) {
  return <>{GRANT_KIND_LABELS[kind]}</>;
}

const FILE_TONE: Record<HardshipStatus, BadgeTone> = { PENDING: "blue", IN_FILE: "amber", LIFTED: "green", CLOSED: "neutral" };

export function FileStatusBadge({ status, reviewDue }: { status: HardshipStatus; reviewDue?: boolean }) {
  const badge = <Badge tone={FILE_TONE[status]}>{HARDSHIP_STATUS_LABELS[status]}</Badge>;
  if (!reviewDue) return badge;
  return (
    <span className="tags">
      {badge}
      <Badge tone="red">复核到期</Badge>
    </span>
  );
}

/** Money as ¥1,234.50, right-aligned digits. */
export function Money({ value, className }: { value: string | null | undefined; className?: string }) {
  return <span className={`tabular-nums whitespace-nowrap ${className ?? ""}`}>{formatYuan(value)}</span>;
}
