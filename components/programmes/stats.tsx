// A list's totals (合计) above its filters: the compact headline tiles.
import { StatTiles } from "../ui/stat-tiles";

export type Stat = { label: string; value: string; unit?: string };

export function Stats({ items, className }: { items: Stat[]; className?: string }) {
  return <StatTiles label="合计" items={items} className={className} compact />;
}
