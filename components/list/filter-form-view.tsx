"use client";
// A list's filter form, drawn from plain data: the server sends each control's
// name, label, value and options, not the elements of the form (a list page
// sends what it renders twice, as HTML and in its React payload). A GET form
// (GetForm), so it works without JavaScript.
import Link from "next/link";
import type { ReactNode } from "react";
import { GetForm } from "../ui/get-form";
import { buttonClass } from "../ui/button-class";
import { inputClass, selectClass } from "../ui/field";

/** One control: a select's options as [value, label]; fields left unset are left out (not sent as undefined). */
export type FilterControlData =
  | { kind: "input"; name: string; label: string; value?: string; type?: string; placeholder?: string; maxLength?: number; wide?: true }
  | { kind: "select"; name: string; label: string; value?: string; options: [string, string][]; all: string; wide?: true }
  | { kind: "check"; name: string; label: string; value: string; checked?: true }
  | { kind: "hidden"; name: string; value: string }
  | { kind: "node"; name: string; node: ReactNode; wide?: true };

const WIDE = "sm:col-span-2";

function Control({ c }: { c: FilterControlData }) {
  switch (c.kind) {
    case "hidden":
      return <input type="hidden" name={c.name} value={c.value} />;
    case "check":
      return (
        <label className="filter-check">
          <input type="checkbox" name={c.name} value={c.value} defaultChecked={c.checked ?? false} className="h-4 w-4 accent-brand" />
          {c.label}
        </label>
      );
    case "node":
      return <div className={c.wide ? WIDE : undefined}>{c.node}</div>;
    case "select":
      return (
        <div className={c.wide ? WIDE : undefined}>
          <label htmlFor={`f-${c.name}`} className="field-label">
            {c.label}
          </label>
          <select id={`f-${c.name}`} name={c.name} defaultValue={c.value ?? ""} className={selectClass}>
            <option value="">{c.all}</option>
            {c.options.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        </div>
      );
    default:
      return (
        <div className={c.wide ? WIDE : undefined}>
          <label htmlFor={`f-${c.name}`} className="field-label">
            {c.label}
          </label>
          <input id={`f-${c.name}`} name={c.name} type={c.type ?? "text"} defaultValue={c.value ?? ""} placeholder={c.placeholder} maxLength={c.maxLength ?? 30} className={inputClass} />
        </div>
      );
  }
}

/** The form: the URL state it carries (sort, size, scope, back) as [name, value], the controls, 查询 and 重置. */
export function FilterFormView({ action, label, carried, controls, resetHref }: { action: string; label: string; carried: [string, string][]; controls: FilterControlData[]; resetHref: string }) {
  return (
    <GetForm action={action} role="search" aria-label={label} className="filter-grid">
      {carried.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {controls.map((c) => (
        <Control key={c.name} c={c} />
      ))}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          查询
        </button>
        <Link href={resetHref} className={buttonClass("secondary")}>
          重置
        </Link>
      </div>
    </GetForm>
  );
}
