// The order of a dashboard table: which figure, and by value or by progress
// against the target. A GET form, so it works without JavaScript.
import { buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { cn } from "@/components/ui/cn";

export const SORT_BY_LABELS = { value: "按数值", progress: "按目标完成率" } as const;

type Props = {
  label: string;
  /** Hidden fields: the dashboard's state to keep. */
  keep: Record<string, string | undefined>;
  keyName: string;
  keyOptions: { key: string; name: string }[];
  keyValue: string;
  byName: string;
  byValue: string;
  submit: string;
};

export function SortForm({ label, keep, keyName, keyOptions, keyValue, byName, byValue, submit }: Props) {
  return (
    <GetForm action="/dashboard" aria-label={label} className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      <label htmlFor={`${keyName}-key`} className="sr-only">
        {label}：指标
      </label>
      <select id={`${keyName}-key`} name={keyName} defaultValue={keyValue} className={cn(selectClass, "h-8 w-48 py-1 text-sm")}>
        {keyOptions.map((o) => (
          <option key={o.key} value={o.key}>
            {o.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${keyName}-by`} className="sr-only">
        {label}：方式
      </label>
      <select id={`${keyName}-by`} name={byName} defaultValue={byValue} className={cn(selectClass, "h-8 w-36 py-1 text-sm")}>
        {Object.entries(SORT_BY_LABELS).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
      <button type="submit" className={buttonClass("secondary", "sm")}>
        {submit}
      </button>
    </GetForm>
  );
}
