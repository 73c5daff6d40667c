// Formatting in one place: dates travel as yyyy-mm-dd (see lib/dates.ts) and are
// shown as such; counts use Chinese digit grouping; empty values show a dash.
import { ORG_KIND_LABELS, ORG_LEVEL_LABELS, type OrgKind, type OrgLevel } from "@/lib/orgs/labels";
import { MEMBER_GROUP_LABELS, MEMBER_STATUS_LABELS, SEX_LABELS, type MemberGroup, type MemberStatus } from "@/lib/members/labels";

export const EMPTY = "—";

const numberFormat = new Intl.NumberFormat("zh-CN");

export function formatNumber(n: number | null | undefined): string {
  return n == null ? EMPTY : numberFormat.format(n);
}

/** "2024-03-05" → "2024-03-05"; ISO timestamps are cut to the date in China time. */
export function formatDate(d: string | null | undefined): string {
  if (!d) return EMPTY;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = Date.parse(d);
  if (Number.isNaN(t)) return d;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** "2024-03-05" → "2024年3月5日", for the membership card and print-outs. */
export function formatDateLong(d: string | null | undefined): string {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return formatDate(d);
  const [y, m, day] = d.split("-").map(Number);
  return `${y}年${m}月${day}日`;
}

export const text = (s: string | null | undefined) => (s && s.trim() ? s : EMPTY);

export { ORG_STATUS_LABELS } from "@/lib/orgs/labels";

export const levelLabel = (l: OrgLevel) => ORG_LEVEL_LABELS[l] ?? l;
export const kindLabel = (k: OrgKind) => ORG_KIND_LABELS[k] ?? k;
export const memberStatusLabel = (s: MemberStatus) => MEMBER_STATUS_LABELS[s] ?? s;
export const groupLabel = (g: MemberGroup) => MEMBER_GROUP_LABELS[g] ?? g;
export const sexLabel = (s: "MALE" | "FEMALE") => SEX_LABELS[s] ?? s;

/** Money as "¥1,234.50" from a decimal string (amounts travel as strings, never floats). */
export function formatYuan(amount: string | null | undefined): string {
  if (amount == null || !/^-?\d+(\.\d+)?$/.test(amount)) return EMPTY;
  const negative = amount.startsWith("-");
  const [int, frac = ""] = amount.replace("-", "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}¥${grouped}.${(frac + "00").slice(0, 2)}`;
}
