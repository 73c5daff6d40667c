// Long tables of a big town's dashboard show their first rows; 查看全部 opens
// every row (?all=1, the URL keeps it, no JavaScript needed).
import Link from "next/link";

export const TOP_N = 20;

export function topN<T>(rows: T[], all: boolean): T[] {
  return all ? rows : rows.slice(0, TOP_N);
}

export function TopNFooter({ total, all, href }: { total: number; all: boolean; href: (all: boolean) => string }) {
  if (total <= TOP_N) return null;
  return (
    <p className="no-print border-t border-line px-3 py-2 text-sm">
      {all ? (
        <Link href={href(false)} className="text-sky-800 hover:underline">
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
