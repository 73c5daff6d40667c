// A row of headline figures (count, share) above a list or report.
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

export type Stat = { label: string; value: ReactNode; unit?: string; hint?: ReactNode; tone?: "good" | "bad" };

export function StatTiles({ label, items, className }: { label: string; items: Stat[]; className?: string }) {
  return (
    <section aria-label={label} className={cn("mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4", className)}>
      {items.map((s) => (
        <div key={s.label} className="rounded-lg border border-line bg-white px-4 py-3 shadow-[0_1px_2px_rgba(0,0,0,0.04)]">
          <p className="text-sm text-muted">{s.label}</p>
          <p className={cn("mt-1 text-2xl font-semibold tabular-nums", s.tone === "good" ? "text-emerald-700" : s.tone === "bad" ? "text-red-700" : "text-gray-900")}>
            {s.value}
            {s.unit && <span className="ml-1 text-sm font-normal text-muted">{s.unit}</span>}
          </p>
          {s.hint && <p className="mt-0.5 text-xs text-muted">{s.hint}</p>}
        </div>
      ))}
    </section>
  );
}
