import { COMPETITION_AWARD_LABELS, type CompetitionAward } from "@/lib/competitions/labels";
import type { EntryDto } from "@/lib/competitions/schema";
import { Badge, type BadgeTone } from "../ui/badge";

const AWARD_TONE: Record<CompetitionAward, BadgeTone> = { FIRST: "red", SECOND: "amber", THIRD: "blue", EXCELLENCE: "neutral" };

export function AwardBadge({ award }: { award: CompetitionAward }) {
  return <Badge tone={AWARD_TONE[award]}>{COMPETITION_AWARD_LABELS[award]}</Badge>;
}

const NOMINATION: Record<NonNullable<EntryDto["nomination"]>["status"], { label: string; tone: BadgeTone }> = {
  NOMINATED: { label: "已推荐", tone: "amber" },
  AWARDED: { label: "已授予", tone: "green" },
  WITHDRAWN: { label: "推荐已撤销", tone: "neutral" },
};

export function NominationBadge({ nomination }: { nomination: NonNullable<EntryDto["nomination"]> }) {
  const s = NOMINATION[nomination.status];
  return (
    <Badge tone={s.tone}>
      {nomination.title} · {s.label}
    </Badge>
  );
}
