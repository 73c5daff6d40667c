// Figures as the dashboard shows them: counts grouped, yuan with 万 for large
// sums, rates with one decimal and %.
const nf = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatFigure(v: number | null | undefined, kind: string): string {
  if (v == null) return "—";
  if (kind === "rate") return `${v.toFixed(1)}`;
  if (kind === "amount") return Math.abs(v) >= 100_000 ? `${nf.format(Math.round(v / 100) / 100)}万` : money.format(v);
  return nf.format(v);
}

export function unitFor(kind: string, unit: string, v: number | null | undefined): string {
  if (kind === "amount" && v != null && Math.abs(v) >= 100_000) return "元";
  return unit;
}

/** "+12.5%" / "−3" / "+1.2个百分点". */
export function formatChange(delta: number | null, pct: number | null, kind: string): string {
  if (delta == null) return "—";
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = Math.abs(delta);
  if (kind === "rate") return `${sign}${abs.toFixed(1)}个百分点`;
  if (pct != null) return `${sign}${nf.format(Math.abs(pct))}%`;
  return `${sign}${formatFigure(abs, kind)}`;
}

/** An ISO time in China Standard Time: "2026-11-21 14:05". */
export { formatDateTime as formatCst } from "@/lib/dates";

/** Days since an ISO time, for the completeness table. */
export function daysSince(iso: string | null, now = Date.now()): number | null {
  if (!iso) return null;
  return Math.floor((now - Date.parse(iso)) / 86_400_000);
}
