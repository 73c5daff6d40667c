// A row of headline figures (count, share) above a list or report. Looks are the
// `stat-*` classes in app/globals.css: a list page sends its tiles twice (HTML and
// React payload), so each tile names one class per part instead of its utilities.
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

export type Stat = { label: string; value: ReactNode; unit?: string; hint?: ReactNode; tone?: "good" | "bad" };

/** `compact`: the smaller figures of a list's totals (合计) above its filters. */
export function StatTiles({ label, items, className, compact = false }: { label: string; items: Stat[]; className?: string; compact?: boolean }) {
  return (
    <section aria-label={label} className={cn("stats", compact && "stats-compact", className)}>
      {items.map((s) => (
        <div key={s.label} className="stat">
          <p className="stat-label">{s.label}</p>
          <p className={s.tone ? `stat-value stat-${s.tone}` : "stat-value"}>
            {s.value}
            {s.unit ? <span className="stat-unit">{s.unit}</span> : null}
          </p>
          {s.hint ? <p className="stat-hint">{s.hint}</p> : null}
        </div>
      ))}
    </section>
  );
}
