import { STUDIO_STATUS_LABELS, type StudioStatus } from "@/lib/studios/labels";
import { Badge } from "../ui/badge";

export function StudioStatusBadge({ status }: { status: StudioStatus }) {
  return <Badge tone={status === "REVIEWED" ? "green" : status === "REVOKED" ? "red" : "blue"}>{STUDIO_STATUS_LABELS[status]}</Badge>;
}
