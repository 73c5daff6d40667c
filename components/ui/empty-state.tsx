import type { ReactNode } from "react";

export function EmptyState({ title, description, action }: { title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-6 py-12 text-center">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-10 w-10 text-gray-300" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="8" y="10" width="32" height="28" rx="3" />
        <path d="M8 18h32M16 26h16M16 31h10" />
      </svg>
      <p className="text-[15px] font-medium text-gray-700">{title}</p>
      {description && <p className="max-w-md text-sm text-muted">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
