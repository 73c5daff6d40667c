"use client";
// Row selection of the list kit. The table's checkboxes belong to a form of
// their own (the HTML `form` attribute), so the server-rendered table stays as
// it is; batch actions read the selection from that form. Selecting needs
// JavaScript, reading and paging the list does not.
import { useEffect, useState } from "react";
import { useHydrated } from "../ui/use-hydrated";

/** The ids ticked in the selection form `formId`, kept current as boxes change. */
export function useSelection(formId: string, name: string): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const read = () => setIds(new FormData(form).getAll(name).map(String));
    read();
    // Checkboxes outside the form element still dispatch on the document.
    const onChange = (e: Event) => {
      const t = e.target as HTMLInputElement | null;
      if (t?.getAttribute("form") === formId) read();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId, name]);
  return ids;
}


/** The header checkbox: ticks or clears every row box of the page. Rendered only once JavaScript runs. */
export function SelectAll({ formId, name }: { formId: string; name: string }) {
  const hydrated = useHydrated();
  const ids = useSelection(formId, name);
  const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${formId}"][name="${name}"]`)];
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
