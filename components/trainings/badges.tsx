import { ENROLMENT_OUTCOME_LABELS, type EnrolmentOutcome } from "@/lib/trainings/labels";
import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<EnrolmentOutcome, BadgeTone> = { ENROLLED: "neutral", COMPLETED: "green", CERTIFIED: "blue", SUBSIDY_GRANTED: "amber", DROPPED: "red" };

export function OutcomeBadge({ outcome }: { outcome: EnrolmentOutcome }) {
  return <Badge tone={TONE[outcome]}>{ENROLMENT_OUTCOME_LABELS[outcome]}</Badge>;
}
