// Money, one place for it. Amounts in yuan travel as decimal strings with two
// places ("1234.50"), never as floating-point numbers; PostgreSQL holds them as
// numeric and sums them there. This module normalises, formats (formatYuan:
// "¥1,234.50") and converts to integer fen for exact comparisons in pure code;
// the API's money fields are lib/validation/money.ts. Client-safe, and free of
// zod: every list page formats amounts, and importing zod here put it (34 KB
// compressed) in the first load of each of them.

/** What the API accepts for an amount in yuan: up to 10 integer digits and 2 decimals. */
export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;

/** "1234.5" → "1234.50"; "-0.5" → "-0.50". Input must be a plain decimal string. */
export function normaliseMoney(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d{0,2})\d*)?$/.exec(s.trim());
  if (!m) throw new Error("not a decimal amount");
  const int = m[2].replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").padEnd(2, "0");
  const zero = /^0+$/.test(int) && frac === "00";
  return `${m[1] && !zero ? "-" : ""}${int}.${frac}`;
}

/** "1234.5" → "¥1,234.50"; "-800" → "-¥800.00"; null, "" or not an amount → "—". `sign: false` leaves out the ¥. */
export function formatYuan(s: string | null | undefined, { sign = true }: { sign?: boolean } = {}): string {
  if (s == null || !/^-?\d+(\.\d+)?$/.test(s.trim())) return "—";
  const n = normaliseMoney(s);
  const negative = n.startsWith("-");
  const [int, frac] = (negative ? n.slice(1) : n).split(".");
  return `${negative ? "-" : ""}${sign ? "¥" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** Integer fen of a decimal amount string, for exact comparisons in the browser and in pure code. */
export function toFen(s: string): bigint {
  const n = normaliseMoney(s);
  const negative = n.startsWith("-");
  const [int, frac] = (negative ? n.slice(1) : n).split(".");
  const fen = BigInt(int) * BigInt(100) + BigInt(frac);
  return negative ? -fen : fen;
}

/** Integer fen → "1234.50". */
export function fromFen(fen: bigint): string {
  const negative = fen < BigInt(0);
  const abs = negative ? -fen : fen;
  const h = BigInt(100);
  return `${negative ? "-" : ""}${abs / h}.${String(abs % h).padStart(2, "0")}`;
}
