// Long tables of a big town's dashboard show their first rows; 查看全部 opens
// every row (?all=1, the URL keeps it, no JavaScript needed).
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export const TOP_N = 20;

export function topN<T>(rows: T[], all: boolean): T[] {
  return all ? rows : rows.slice(0, TOP_N);
}

export function TopNFooter({ total, all, href }: { total: number; all: boolean; href: (all: boolean) => string }) {
  if (total <= TOP_N) return null;
  return (
    <p className="no-print border-t border-line px-3 py-2 text-sm">
      {all ? (
        <Link href={href(false)} className="link">
          只看前 {TOP_N} 个
        </Link>
      ) : (
        <Link href={href(true)} className="font-medium text-sky-800 hover:underline">
          查看全部（共 {total} 个）
        </Link>
      )}
    </p>
  );
}

type Here = (overrides: Record<string, string | undefined>) => string;

/** A child organisation's row header: stays in view while the figures scroll, and opens its dashboard. */
export function ChildOrgCell({ name, href }: { name: string; href: string }) {
  return (
    <th scope="row" className="sticky left-0 min-w-[11rem] bg-white px-3 py-2 text-left font-normal">
      <Link href={href} className="link">
        {name}
      </Link>
    </th>
  );
}

type TableProps = {
  title: string;
  description: string;
  actions?: ReactNode;
  /** Tailwind min-width of the table, written out so the class is generated. */
  minWidth: string;
  caption?: string;
  label?: string;
  /** The column headers after 组织. */
  head: ReactNode;
  children: ReactNode;
  total: number;
  all: boolean;
  here: Here;
};

/** The frame of a table of child organisations: the 组织 column, then the caller's columns; first rows only until 查看全部. */
export function ChildrenTable({ title, description, actions, minWidth, caption, label, head, children, total, all, here }: TableProps) {
  return (
    <Card title={title} description={description} className="mb-5" bodyClassName="p-0" actions={actions}>
      <div className="overflow-x-auto">
        <table className={`w-full ${minWidth} text-sm`} aria-label={label}>
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead>
            <tr className="border-b border-line bg-gray-50 text-left text-gray-700">
              <th scope="col" className="sticky left-0 bg-gray-50 px-3 py-2 font-medium">
                组织
              </th>
              {head}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      <TopNFooter total={total} all={all} href={(a) => here({ all: a ? "1" : undefined })} />
    </Card>
  );
}
