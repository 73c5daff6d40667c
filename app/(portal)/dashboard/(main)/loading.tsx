// Skeleton while the dashboard's figures load.
export default function DashboardLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在加载数据看板…</p>
      <div className="mb-5 h-8 w-64 animate-pulse rounded bg-gray-200" />
      <div className="mb-4 h-20 animate-pulse rounded-lg border border-line bg-white" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4">
        {Array.from({ length: 12 }).map((_, i) => (
          <div key={i} className="h-32 animate-pulse rounded-lg border border-line bg-white" />
        ))}
      </div>
      <div className="mt-5 h-64 animate-pulse rounded-lg border border-line bg-white" />
    </div>
  );
}
