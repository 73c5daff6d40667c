// 看板条件: the period (a quick choice or custom dates) and a jump to a child organisation.
import type { Dashboard } from "@/lib/dashboard/schema";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ChoiceOptions, SelectField } from "@/components/ui/switch-form";
import { GetForm } from "@/components/ui/get-form";
import { cn } from "@/components/ui/cn";

type Props = {
  d: Dashboard;
  choices: { param: string; label: string }[];
  rank: string | undefined;
  periodState: Record<string, string | undefined>;
};

const CUSTOM_BOUNDS = [
  ["from", "起（自定义）"],
  ["to", "止（自定义）"],
] as const;

export function ConditionsSection({ d, choices, rank, periodState }: Props) {
  return (
    <Card className="no-print mb-4" aria-label="看板条件">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <GetForm action="/dashboard" aria-label="统计期间" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="orgId" value={d.org.id} />
          {rank && <input type="hidden" name="rank" value={rank} />}
          <SelectField id="period" label="统计期间" defaultValue={d.period.kind === "custom" ? "custom" : d.period.param} className="w-44">
            {!choices.some((c) => c.param === d.period.param) && d.period.kind !== "custom" && <option value={d.period.param}>{d.period.label}</option>}
            <ChoiceOptions choices={choices.map((c) => ({ value: c.param, label: c.label }))} />
            <option value="custom">自定义区间…</option>
          </SelectField>
          {CUSTOM_BOUNDS.map(([name, label]) => (
            <div key={name}>
              <label htmlFor={name} className="field-label">
                {label}
              </label>
              <input id={name} name={name} type="date" defaultValue={d.period.kind === "custom" ? d.period[name] : ""} className={cn(inputClass, "w-40")} />
            </div>
          ))}
          <button type="submit" className={buttonClass("primary")}>
            查看
          </button>
        </GetForm>
        {d.children.length > 0 && (
          <GetForm action="/dashboard" aria-label="下钻到下级组织" className="flex flex-wrap items-end gap-2">
            {Object.entries(periodState).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
            <SelectField id="drill" name="orgId" label="查看下级组织" defaultValue="" className="w-56">
              <option value="" disabled>
                选择下级组织…
              </option>
              <ChoiceOptions choices={d.children.map((c) => ({ value: String(c.id), label: c.name }))} />
            </SelectField>
            <button type="submit" className={buttonClass("secondary")}>
              进入
            </button>
          </GetForm>
        )}
      </div>
    </Card>
  );
}
