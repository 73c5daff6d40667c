// Skeleton while the coverage figures are computed.
export default function CoverageLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在统计覆盖率…</p>
      <div className="mb-5 h-8 w-48 animate-pulse rounded bg-gray-200" />
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 4 }).map((_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg border border-line bg-white" />
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-lg border border-line bg-white" />
    </div>
  );
}
