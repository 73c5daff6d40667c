// A short dated history in a card — an order's timeline, a case's process:
// date above, what happened below, oldest first as the module hands it over.
import type { ReactNode } from "react";
import { formatDate } from "../format";

export function Timeline({ label, items }: { label: string; items: { date: string; text: ReactNode }[] }) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {items.map((t, i) => (
        <li key={i} className="border-l-2 border-brand/40 pl-3">
          <p className="text-xs tabular-nums text-muted">{formatDate(t.date)}</p>
          <p className="text-sm text-gray-900">{t.text}</p>
        </li>
      ))}
    </ol>
  );
}
