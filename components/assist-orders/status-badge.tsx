import { ASSIST_STATUS_LABELS, type AssistStatus } from "@/lib/assist-orders/labels";
import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<AssistStatus, BadgeTone> = { OPEN: "amber", DISPATCHED: "blue", CLOSED: "green", CANCELLED: "neutral" };

export function StatusBadge({ status }: { status: AssistStatus }) {
  return <Badge tone={TONE[status]}>{ASSIST_STATUS_LABELS[status]}</Badge>;
}
