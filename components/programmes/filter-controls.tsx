"use client";
// Labelled controls for the GET filter forms of the list pages (FilterFormView). Client
// components, so that a filter card's React payload carries each control's
// name, label and options rather than its elements (every option twice over).
import type { ReactNode } from "react";
import { inputClass, selectClass } from "../ui/field";

/** `options` as [value, label] pairs: the shortest form in the payload. */
export function FilterSelect({ name, label, value, options, all, className }: { name: string; label: string; value?: string; options: [string, string][]; all: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={`f-${name}`} className="field-label">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({ name, label, value, type = "text", placeholder, className, maxLength = 30 }: { name: string; label: ReactNode; value?: string; type?: string; placeholder?: string; className?: string; maxLength?: number }) {
  return (
    <div className={className}>
      <label htmlFor={`f-${name}`} className="field-label">
        {label}
      </label>
      <input id={`f-${name}`} name={name} type={type} defaultValue={value ?? ""} placeholder={placeholder} maxLength={maxLength} className={inputClass} />
    </div>
  );
}
