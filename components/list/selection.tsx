"use client";
// Row selection of the list kit. The table's checkboxes and the batch actions
// share one element (`rootId`, around the batch bar and the table); the actions
// read the ticked boxes from it. Selecting needs JavaScript, reading and paging
// the list does not.
import { useEffect, useState } from "react";
import { useHydrated } from "../ui/use-hydrated";

// The rows' boxes (each carries its row's id as its value), not 全选本页 in the table's head.
const rowBoxes = (rootId: string, checked = false) => [...(document.getElementById(rootId)?.querySelectorAll<HTMLInputElement>(`tbody input[type=checkbox]${checked ? ":checked" : ""}`) ?? [])];

/** The ids ticked under `rootId`, kept current as boxes change. */
export function useSelection(rootId: string): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!root) return;
    const read = () => setIds(rowBoxes(rootId, true).map((b) => b.value));
    read();
    root.addEventListener("change", read);
    return () => root.removeEventListener("change", read);
  }, [rootId]);
  return ids;
}

/** The header checkbox: ticks or clears every row box of the page. Rendered only once JavaScript runs. */
export function SelectAll({ rootId }: { rootId: string }) {
  const hydrated = useHydrated();
  const ids = useSelection(rootId);
  const boxes = () => rowBoxes(rootId);
  if (!hydrated) return <span className="sr-only">选择</span>;
  const total = boxes().length;
  const all = total > 0 && ids.length === total;
  return (
    <input
      type="checkbox"
      aria-label="全选本页"
      className="h-4 w-4 accent-brand"
      checked={all}
      ref={(el) => {
        if (el) el.indeterminate = ids.length > 0 && !all;
      }}
      onChange={(e) => {
        for (const b of boxes()) b.checked = e.target.checked;
        // One change event from a row box lets every useSelection re-read.
        boxes()[0]?.dispatchEvent(new Event("change", { bubbles: true }));
      }}
    />
  );
}
