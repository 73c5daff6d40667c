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

export function PageHeader({ title, description, actions, breadcrumbs, badge }: PageHeaderProps) {
  return (
    <div className="mb-5">
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      <div className="page-head">
        <div className="min-w-0">
          <h1 className="page-title">
            <span className="break-all">{title}</span>
            {badge}
          </h1>
          {description && <p className="mt-1 text-sm text-muted">{description}</p>}
        </div>
        {actions && <div className="no-print page-actions">{actions}</div>}
      </div>
    </div>
  );
}
