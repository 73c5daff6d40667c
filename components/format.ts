// Formatting for the pages: counts use Chinese digit grouping, empty values show
// a dash; dates and money are formatted by lib/dates.ts and lib/money.ts.
import { ORG_KIND_LABELS, ORG_LEVEL_LABELS, type OrgKind, type OrgLevel } from "@/lib/orgs/labels";
import { MEMBER_GROUP_LABELS, MEMBER_STATUS_LABELS, SEX_LABELS, type MemberGroup, type MemberStatus } from "@/lib/members/labels";

export const EMPTY = "—";

// The one date display format and the one money format live beside their rules.
export { formatDate, formatDateLong, formatDateTime } from "@/lib/dates";
export { formatYuan } from "@/lib/money";

const numberFormat = new Intl.NumberFormat("zh-CN");

export function formatNumber(n: number | null | undefined): string {
  return n == null ? EMPTY : numberFormat.format(n);
}

export const text = (s: string | null | undefined) => (s && s.trim() ? s : EMPTY);

export { ORG_STATUS_LABELS } from "@/lib/orgs/labels";

export const levelLabel = (l: OrgLevel) => ORG_LEVEL_LABELS[l] ?? l;
export const kindLabel = (k: OrgKind) => ORG_KIND_LABELS[k] ?? k;
export const memberStatusLabel = (s: MemberStatus) => MEMBER_STATUS_LABELS[s] ?? s;
export const groupLabel = (g: MemberGroup) => MEMBER_GROUP_LABELS[g] ?? g;
export const sexLabel = (s: "MALE" | "FEMALE") => SEX_LABELS[s] ?? s;
