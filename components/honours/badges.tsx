import { HONOUR_STATUS_LABELS, type HonourStatus } from "@/lib/honours/labels";
import { Badge } from "../ui/badge";

export function HonourStatusBadge({ status }: { status: HonourStatus }) {
  return <Badge tone={status === "AWARDED" ? "green" : "amber"}>{HONOUR_STATUS_LABELS[status]}</Badge>;
}

export const HONOUR_TABS = [
  { href: "/honours", label: "荣誉名录" },
  { href: "/honours/services", label: "劳模服务" },
];
