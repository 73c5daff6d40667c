// Skeleton while the reminder list loads.
export default function RemindersLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在加载到期提醒…</p>
      <div className="mb-5 h-8 w-40 animate-pulse rounded bg-gray-200" />
      <div className="rounded-lg border border-line bg-white">
        <div className="h-12 border-b border-line" />
        {Array.from({ length: 8 }).map((_, i) => (
          <div key={i} className="flex gap-4 border-b border-line px-4 py-3 last:border-b-0">
            <div className="h-4 w-24 animate-pulse rounded bg-gray-200" />
            <div className="h-4 w-72 animate-pulse rounded bg-gray-100" />
            <div className="h-4 flex-1 animate-pulse rounded bg-gray-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
