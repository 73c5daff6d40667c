import Link from "next/link";
import type { ReactNode } from "react";

export type Crumb = { label: string; href?: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="面包屑导航" className="mb-2 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${c.label}-${i}`} className="flex items-center gap-1">
              {c.href && !last ? (
                <Link href={c.href} className="hover:text-brand hover:underline">
                  {c.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={last ? "text-gray-800" : undefined}>
                  {c.label}
                </span>
              )}
              {!last && (
                <span aria-hidden="true" className="text-gray-400">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export type PageHeaderProps = { title: ReactNode; description?: ReactNode; actions?: ReactNode; breadcrumbs?: Crumb[]; badge?: ReactNode };

// Absent parts render as null, not undefined: React sends an undefined child as
// "$undefined" in the page's payload, on every page that uses the header.
export function PageHeader({ title, description, actions, breadcrumbs, badge }: PageHeaderProps) {
  return (
    <div className="page-header">
      {breadcrumbs ? <Breadcrumbs items={breadcrumbs} /> : null}
      <div className="page-head">
        <div>
          <h1 className="page-title">
            {title}
            {badge ?? null}
          </h1>
          {description ? <p className="page-desc">{description}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </div>
  );
}
