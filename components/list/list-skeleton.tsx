"use client";
// The one loading skeleton of the list pages (loading.tsx beside each list page): header, totals, filters, rows.
// Every list page's response carries its loading state in the React payload: as a
// client component the skeleton is one reference and a label there, its blocks
// (the `sk` rules in app/globals.css: tiles, fields and rows each one element drawn by a background)
// ship once in the JavaScript.
export function ListSkeleton({ label, stats = true }: { label: string; stats?: boolean }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">{label}</p>
      <div className="sk mb-5 h-8 w-40" />
      {stats ? <div className="sk-tiles" /> : null}
      <div className="card sk-fields" />
      <div className="card">
        <div className="sk-head" />
        <div className="sk-rows" />
      </div>
    </div>
  );
}
