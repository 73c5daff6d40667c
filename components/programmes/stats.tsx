// A row of headline totals above a filtered list.
import { cn } from "../ui/cn";

export type Stat = { label: string; value: string; unit?: string };

export function Stats({ items, className }: { items: Stat[]; className?: string }) {
  return (
    <section aria-label="合计" className={cn("mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4", className)}>
      {items.map((s) => (
        <div key={s.label} className="rounded-lg border border-line bg-white px-4 py-3">
          <p className="text-sm text-muted">{s.label}</p>
          <p className="mt-0.5 text-xl font-semibold tabular-nums text-gray-900">
            {s.value}
            {s.unit && <span className="ml-1 text-sm font-normal text-muted">{s.unit}</span>}
          </p>
        </div>
      ))}
    </section>
  );
}
