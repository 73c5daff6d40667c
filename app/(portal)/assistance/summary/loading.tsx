// Skeleton while the statistics are computed.
export default function SummaryLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在统计…</p>
      <div className="mb-5 h-8 w-32 animate-pulse rounded bg-gray-200" />
      {Array.from({ length: 3 }).map((_, i) => (
        <div key={i} className="mb-4 h-40 animate-pulse rounded-lg border border-line bg-white" />
      ))}
    </div>
  );
}
