"use client";
// The one loading skeleton of the list pages (loading.tsx beside each list page): header, totals, filters, rows.
// Every list page's response carries its loading state in the React payload: as a
// client component the skeleton is one reference and a label there, its blocks
// (the `sk` rules in app/globals.css; the rows one element drawn by a background)
// ship once in the JavaScript.
export function ListSkeleton({ label, stats = true }: { label: string; stats?: boolean }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">{label}</p>
      <div className="sk mb-5 h-8 w-40" />
      {stats && (
        <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="sk h-16" />
          ))}
        </div>
      )}
      <div className="card filter-grid mb-4 p-5">
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <div key={i} className="sk h-14" />
        ))}
      </div>
      <div className="card">
        <div className="h-10 border-b border-line bg-gray-50" />
        <div className="sk-rows" />
      </div>
    </div>
  );
}
