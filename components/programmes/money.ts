// Money arrives as a decimal string ("1234.50"); it is formatted as text, never
// through a float, so what is shown is exactly what is stored.
import { EMPTY } from "../format";

export function formatYuan(amount: string | null | undefined, withSign = true): string {
  if (amount == null || amount === "") return EMPTY;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) return amount;
  const grouped = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${m[1]}${withSign ? "¥" : ""}${grouped}.${(m[3] ?? "").padEnd(2, "0")}`;
}
