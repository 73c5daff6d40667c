// A short list inside a detail page, all of it on the page — a hardship file's
// visits, a studio's members, a contract's enterprises: a card with the
// table and its empty state. Longer lists with filters and paging use
// ListSection.
import type { ReactNode } from "react";
import { Card } from "../ui/card";
import { DataTable, type Column } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";

type Props<T> = {
  title: string;
  description?: string;
  /** Buttons in the card's header (添加 …). */
  actions?: ReactNode;
  /** Names the table for screen readers (default: the title). */
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  empty: string;
  emptyHint?: string;
};

export function RecordList<T>({ title, description, actions, caption, columns, rows, rowKey, empty, emptyHint }: Props<T>) {
  return (
    <Card title={title} description={description} className="mt-4" bodyClassName="p-0" actions={actions}>
      <DataTable caption={caption ?? title} columns={columns} rows={rows} rowKey={rowKey} empty={<EmptyState title={empty} description={emptyHint} />} />
    </Card>
  );
}
