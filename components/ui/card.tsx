// White content card with an optional titled header and actions.
import type { ReactNode } from "react";
import { cn } from "./cn";

type CardProps = {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  bodyClassName?: string;
  /** Accessible name when there is no visible title. */
  "aria-label"?: string;
};

export function Card({ title, description, actions, children, className, bodyClassName, ...rest }: CardProps) {
  return (
    <section className={cn("card", className)} {...rest}>
      {title || actions ? (
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3.5">
          <div>
            {title && <h2 className="text-base font-semibold text-gray-900">{title}</h2>}
            {description && <p className="mt-0.5 text-sm text-muted">{description}</p>}
          </div>
          {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
        </div>
      ) : null}
      <div className={cn("px-5 py-4", bodyClassName)}>{children}</div>
    </section>
  );
}

/** A definition list laid out as a responsive grid of label/value pairs. */
export function InfoList({ items, columns = 2 }: { items: { label: string; value: ReactNode; wide?: boolean }[]; columns?: 2 | 3 }) {
  return (
    <dl className={cn("grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2", columns === 3 && "lg:grid-cols-3")}>
      {items.map((it) => (
        <div key={it.label} className={cn("min-w-0", it.wide && "sm:col-span-2", it.wide && columns === 3 && "lg:col-span-3")}>
          <dt className="text-sm text-muted">{it.label}</dt>
          <dd className="mt-0.5 break-words text-[15px] text-gray-900">{it.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A record's facts on its page: a titled card holding one InfoList. */
export function InfoCard({ title, className, ...list }: { title: string; className?: string } & Parameters<typeof InfoList>[0]) {
  return (
    <Card title={title} className={className}>
      <InfoList {...list} />
    </Card>
  );
}
