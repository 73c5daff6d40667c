// 看板条件: the period (a quick choice or custom dates) and a jump to a child organisation.
import type { Dashboard } from "@/lib/dashboard/schema";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass, selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { cn } from "@/components/ui/cn";

type Props = {
  d: Dashboard;
  choices: { param: string; label: string }[];
  rank: string | undefined;
  periodState: Record<string, string | undefined>;
};

export function ConditionsSection({ d, choices, rank, periodState }: Props) {
  return (
    <Card className="no-print mb-4" aria-label="看板条件">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <GetForm action="/dashboard" aria-label="统计期间" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="orgId" value={d.org.id} />
          {rank && <input type="hidden" name="rank" value={rank} />}
          <div>
            <label htmlFor="period" className="mb-1 block text-sm font-medium text-gray-800">
              统计期间
            </label>
            <select id="period" name="period" defaultValue={d.period.kind === "custom" ? "custom" : d.period.param} className={cn(selectClass, "w-44")}>
              {!choices.some((c) => c.param === d.period.param) && d.period.kind !== "custom" && <option value={d.period.param}>{d.period.label}</option>}
              {choices.map((c) => (
                <option key={c.param} value={c.param}>
                  {c.label}
                </option>
              ))}
              <option value="custom">自定义区间…</option>
            </select>
          </div>
          <div>
            <label htmlFor="from" className="mb-1 block text-sm font-medium text-gray-800">
              起（自定义）
            </label>
            <input id="from" name="from" type="date" defaultValue={d.period.kind === "custom" ? d.period.from : ""} className={cn(inputClass, "w-40")} />
          </div>
          <div>
            <label htmlFor="to" className="mb-1 block text-sm font-medium text-gray-800">
              止（自定义）
            </label>
            <input id="to" name="to" type="date" defaultValue={d.period.kind === "custom" ? d.period.to : ""} className={cn(inputClass, "w-40")} />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            查看
          </button>
        </GetForm>
        {d.children.length > 0 && (
          <GetForm action="/dashboard" aria-label="下钻到下级组织" className="flex flex-wrap items-end gap-2">
            {Object.entries(periodState).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
            <div>
              <label htmlFor="drill" className="mb-1 block text-sm font-medium text-gray-800">
                查看下级组织
              </label>
              <select id="drill" name="orgId" defaultValue="" className={cn(selectClass, "w-56")}>
                <option value="" disabled>
                  选择下级组织…
                </option>
                {d.children.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              进入
            </button>
          </GetForm>
        )}
      </div>
    </Card>
  );
}
