// The heading and the empty state of the member's own pages (我的申请, 我的维权, 我的权益).
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

const HEADING = "text-xl font-semibold text-gray-900";

/** The page's title, with the member's one act on it (我要申请) where there is one. */
export function MeHeading({ title, action }: { title: string; action?: { href: string; label: string } }) {
  if (!action) return <h1 className={`mb-4 ${HEADING}`}>{title}</h1>;
  return (
    <div className="mb-4 flex items-center justify-between gap-3">
      <h1 className={HEADING}>{title}</h1>
      <Link href={action.href} className={buttonClass("primary")}>
        {action.label}
      </Link>
    </div>
  );
}

/** Nothing yet, and what would make something appear. */
export function MeEmpty({ children }: { children: ReactNode }) {
  return (
    <Card>
      <p className="text-[15px] text-muted">{children}</p>
    </Card>
  );
}
