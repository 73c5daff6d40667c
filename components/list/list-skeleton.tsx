// The one loading skeleton of the list pages (loading.tsx beside each list page): header, totals, filters, rows.
export function ListSkeleton({ label, stats = true }: { label: string; stats?: boolean }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">{label}</p>
      <div className="mb-5 h-8 w-40 animate-pulse rounded bg-gray-200" />
      {stats && (
        <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {Array.from({ length: 4 }).map((_, i) => (
            <div key={i} className="h-16 animate-pulse rounded-lg bg-gray-100" />
          ))}
        </div>
      )}
      <div className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-line bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 8 }).map((_, i) => (
          <div key={i} className="h-14 animate-pulse rounded bg-gray-100" />
        ))}
      </div>
      <div className="rounded-lg border border-line bg-white">
        <div className="h-10 border-b border-line bg-gray-50" />
        {Array.from({ length: 10 }).map((_, i) => (
          <div key={i} className="flex gap-4 border-b border-line px-4 py-3 last:border-b-0">
            <div className="h-4 w-16 animate-pulse rounded bg-gray-200" />
            <div className="h-4 w-40 animate-pulse rounded bg-gray-100" />
            <div className="h-4 flex-1 animate-pulse rounded bg-gray-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
