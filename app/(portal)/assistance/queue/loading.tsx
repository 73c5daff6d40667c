// Skeleton while the queue is gathered.
export default function QueueLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">正在加载待办…</p>
      <div className="mb-5 h-8 w-32 animate-pulse rounded bg-gray-200" />
      {Array.from({ length: 3 }).map((_, i) => (
        <div key={i} className="mb-4 h-40 animate-pulse rounded-lg border border-line bg-white" />
      ))}
    </div>
  );
}
