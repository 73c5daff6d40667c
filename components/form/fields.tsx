"use client";
// The form kit's plain fields: a labelled input, textarea or choice bound to a
// form field by name, its error and hint wired for screen readers. A form
// then declares its fields instead of repeating the wiring for each.
import type { FieldValues, Path } from "react-hook-form";
import type { HTMLAttributes, ReactNode } from "react";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import type { ApiForm } from "./use-api-form";

type Common<I extends FieldValues, O> = {
  kit: ApiForm<I, O>;
  name: Path<I>;
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
};

type TextProps<I extends FieldValues, O> = Common<I, O> & {
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  type?: "text" | "number" | "date" | "tel";
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  min?: number;
  max?: string | number;
  maxLength?: number;
  readOnly?: boolean;
  inputClassName?: string;
};

export function TextField<I extends FieldValues, O>({ kit, name, id, label, required, hint, className, rows, inputClassName = "", ...input }: TextProps<I, O>) {
  const error = kit.err(name);
  const control = { ...kit.form.register(name), ...controlAria(id, error, hint) };
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint} className={className}>
      {rows ? <textarea {...control} rows={rows} maxLength={input.maxLength} className={inputClass} /> : <input {...control} {...input} className={`${inputClass} ${inputClassName}`} />}
    </Field>
  );
}

type ChoiceProps<I extends FieldValues, O, V extends string> = Common<I, O> & {
  values: readonly V[];
  labels: Record<V, string>;
  /** The first, empty choice (请选择, 未填写 …); false for none, when the field has a default. */
  empty?: string | false;
};

/** A choice among an enum's values, shown by their Chinese labels. */
export function ChoiceField<I extends FieldValues, O, V extends string>({ kit, name, id, label, required, hint, className, values, labels, empty = "请选择" }: ChoiceProps<I, O, V>) {
  const error = kit.err(name);
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint} className={className}>
      <select {...kit.form.register(name)} {...controlAria(id, error, hint)} className={selectClass}>
        {empty !== false && <option value="">{empty}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </Field>
  );
}
