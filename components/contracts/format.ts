// Shares for the coverage figures: one decimal, "—" when there is nothing to divide by.
import { EMPTY } from "../format";

export function formatShare(part: number, whole: number): string {
  if (!whole) return EMPTY;
  return `${((part * 100) / whole).toFixed(1)}%`;
}

export const shareOf = (part: number, whole: number) => (whole ? part / whole : null);
