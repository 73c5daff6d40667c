// One labelled select, and the GET form that reloads a page on another choice
// (报送期间, 年度, 统计期间): the choice stays in the URL and needs no JavaScript.
import type { ReactNode } from "react";
import { Card } from "./card";
import { GetForm } from "./get-form";
import { buttonClass } from "./button";
import { selectClass } from "./field";
import { cn } from "./cn";

export type Choice = { value: string; label: string };

export function ChoiceOptions({ choices }: { choices: Choice[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}

/** `name` defaults to `id`; `className` sizes the select (e.g. "w-44"); children are its options. */
export function SelectField({ id, name = id, label, defaultValue, className, children }: { id: string; name?: string; label: string; defaultValue: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={cn(selectClass, className)}>
        {children}
      </select>
    </div>
  );
}

/** A card switching the page of one organisation to another choice of `id` (the card and the select share `label`). */
export function SwitchCard({ action, orgId, id, label, value, choices, className }: { action: string; orgId: number; id: string; label: string; value: string; choices: Choice[]; className: string }) {
  return (
    <Card className="mb-4" aria-label={label}>
      <GetForm action={action} className="flex items-end gap-2">
        <input type="hidden" name="orgId" value={orgId} />
        <SelectField id={id} label={label} defaultValue={value} className={className}>
          <ChoiceOptions choices={choices} />
        </SelectField>
        <button type="submit" className={buttonClass("secondary")}>
          切换
        </button>
      </GetForm>
    </Card>
  );
}
