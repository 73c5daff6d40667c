// Skeleton while the grant list query runs.
export default function FundsLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在加载帮扶资金…</p>
      <div className="mb-5 h-8 w-40 animate-pulse rounded bg-gray-200" />
      <div className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-line bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 6 }).map((_, i) => (
          <div key={i} className="h-14 animate-pulse rounded bg-gray-100" />
        ))}
      </div>
      <div className="rounded-lg border border-line bg-white">
        <div className="h-10 border-b border-line bg-gray-50" />
        {Array.from({ length: 10 }).map((_, i) => (
          <div key={i} className="flex gap-4 border-b border-line px-4 py-3 last:border-b-0">
            <div className="h-4 w-16 animate-pulse rounded bg-gray-200" />
            <div className="h-4 w-20 animate-pulse rounded bg-gray-100" />
            <div className="h-4 w-24 animate-pulse rounded bg-gray-100" />
            <div className="h-4 flex-1 animate-pulse rounded bg-gray-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
