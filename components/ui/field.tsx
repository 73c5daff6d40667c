// Form field wrappers: a visible <label>, the control, a hint and the error under it.
// Controls get `describedBy(id, error, hint)` so screen readers read the message too.
import type { ReactNode } from "react";
import { cn } from "./cn";

// The `field` rules of app/globals.css (a select adds its arrow's room there).
export const inputClass = "field";

export const selectClass = "field";

export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

/** aria attributes linking a control to its error and hint. */
export function controlAria(id: string, error?: string, hint?: ReactNode) {
  const ids = [error ? errorId(id) : null, hint ? hintId(id) : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? (true as const) : undefined, "aria-describedby": ids || undefined };
}

type FieldProps = {
  id: string;
  label: ReactNode;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
};

export function Field({ id, label, required, error, hint, children, className }: FieldProps) {
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="ml-0.5 text-brand" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={hintId(id)} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {hint && error && (
        <p id={hintId(id)} className="sr-only">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId(id)} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes or radios with a legend as its label. */
export function FieldSet({ legend, error, children, id, hint }: { legend: ReactNode; error?: string; children: ReactNode; id: string; hint?: ReactNode }) {
  return (
    <fieldset aria-describedby={error ? errorId(id) : undefined} className="min-w-0">
      <legend className="field-label">{legend}</legend>
      {children}
      {hint && <p className="mt-1 text-xs text-muted">{hint}</p>}
      {error && (
        <p id={errorId(id)} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
