import type { MemberGroup, MemberStatus } from "@/lib/members/labels";
import { Badge, type BadgeTone } from "../ui/badge";
import { groupLabel, memberStatusLabel } from "../format";

const STATUS_TONE: Record<MemberStatus, BadgeTone> = { ACTIVE: "green", TRANSFERRED_OUT: "amber", LEFT: "neutral", RETAINED: "blue" };

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{memberStatusLabel(status)}</Badge>;
}

/** A member's groups as tags: the dash for none, a lone badge for one (a list sends every cell twice). */
export function GroupTags({ groups }: { groups: MemberGroup[] }) {
  if (groups.length === 0) return "—";
  if (groups.length === 1) return <Badge tone="blue">{groupLabel(groups[0])}</Badge>;
  return (
    <span className="tags">
      {groups.map((g) => (
        <Badge key={g} tone="blue">
          {groupLabel(g)}
        </Badge>
      ))}
    </span>
  );
}
