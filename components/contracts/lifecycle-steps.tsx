// The lifecycle as a row of steps, the current one marked (aria-current="step").
import type { ContractStatus } from "@/lib/contracts/labels";
import { cn } from "../ui/cn";

const STEPS: { status: ContractStatus; label: string }[] = [
  { status: "OFFERED", label: "要约" },
  { status: "NEGOTIATING", label: "协商" },
  { status: "CONGRESS_APPROVED", label: "职代会审议" },
  { status: "SIGNED", label: "签订" },
  { status: "SUBMITTED", label: "报送审查" },
  { status: "IN_FORCE", label: "生效" },
];

export function LifecycleSteps({ status }: { status: ContractStatus }) {
  const ended = status === "EXPIRED" || status === "RENEWED";
  const current = ended ? STEPS.length : STEPS.findIndex((s) => s.status === status);
  const items = [...STEPS.map((s) => s.label), ended ? (status === "EXPIRED" ? "已到期" : "已续订") : "到期 / 续订"];
  return (
    <ol aria-label="合同办理进度" className="flex flex-wrap items-center gap-y-2 text-sm">
      {items.map((label, i) => {
        const done = i < current;
        const here = i === current;
        return (
          <li key={label} aria-current={here ? "step" : undefined} className="flex items-center">
            <span
              className={cn(
                "flex items-center gap-1.5 rounded-full px-2.5 py-1",
                here ? "bg-brand text-white" : done ? "bg-emerald-50 text-emerald-800" : "bg-gray-100 text-gray-500",
              )}
            >
              <span aria-hidden="true" className="tabular-nums">
                {done ? "✓" : i + 1}
              </span>
              {label}
              {done && <span className="sr-only">（已完成）</span>}
            </span>
            {i < items.length - 1 && <span aria-hidden="true" className="mx-1 h-px w-4 bg-gray-300" />}
          </li>
        );
      })}
    </ol>
  );
}
