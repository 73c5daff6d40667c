"use client";
// A group of checkboxes over the plan organisation's register of partner units
// (责任单位, 参会单位): the chosen ids as numbers in the form's values.
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { FieldSet } from "../ui/field";

export type UnitOption = { id: number; name: string };

type Props<V extends FieldValues> = {
  control: Control<V>;
  name: Path<V>;
  id: string;
  legend: string;
  units: readonly UnitOption[];
  error?: string;
  hint?: string;
  /** A unit that may not be chosen here (the lead unit among the responsible ones). */
  exclude?: number;
};

export function UnitChecks<V extends FieldValues>({ control, name, id, legend, units, error, hint, exclude }: Props<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const chosen = new Set(((field.value ?? []) as unknown[]).map(Number));
        const toggle = (uid: number, on: boolean) => {
          const next = new Set(chosen);
          if (on) next.add(uid);
          else next.delete(uid);
          field.onChange(units.filter((u) => next.has(u.id)).map((u) => u.id));
        };
        return (
          <FieldSet id={id} legend={legend} error={error} hint={hint}>
            {units.length === 0 ? (
              <p className="text-sm text-muted">协同单位名册为空，请先登记单位。</p>
            ) : (
              <div className="grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-3">
                {units.map((u) => (
                  <label key={u.id} className="flex items-center gap-2 text-sm text-gray-800">
                    <input type="checkbox" checked={chosen.has(u.id)} disabled={u.id === exclude} onChange={(e) => toggle(u.id, e.target.checked)} onBlur={field.onBlur} className="h-4 w-4 accent-brand" />
                    {u.name}
                  </label>
                ))}
              </div>
            )}
          </FieldSet>
        );
      }}
    />
  );
}
