// Status badge and progress bar of a 产改 task (server-renderable).
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { TASK_STATUS_LABELS, type TaskStatus } from "@/lib/reform/labels";

const TONES: Record<TaskStatus, BadgeTone> = { NOT_STARTED: "neutral", IN_PROGRESS: "blue", COMPLETED: "green", LATE: "red" };

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <Badge tone={TONES[status]}>{TASK_STATUS_LABELS[status]}</Badge>;
}

/** The reported progress, with a tick where the passed milestones expect it to be. */
export function ProgressBar({ percent, expected, late }: { percent: number; expected?: number; late?: boolean }) {
  return (
    <div className="flex min-w-32 items-center gap-2" title={expected ? `应达 ${expected}%` : undefined}>
      <div className="relative h-2 flex-1 rounded-full bg-gray-200" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label="完成进度">
        <div className={`h-2 rounded-full ${late ? "bg-red-500" : "bg-brand"}`} style={{ width: `${percent}%` }} />
        {expected ? <div className="absolute -top-0.5 h-3 w-0.5 bg-gray-700" style={{ left: `${expected}%` }} aria-hidden="true" /> : null}
      </div>
      <span className="w-10 text-right text-xs tabular-nums">{percent}%</span>
    </div>
  );
}
