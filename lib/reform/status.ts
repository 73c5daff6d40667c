// The status of a 产改 task, derived — never typed. Client-safe and pure: the
// lists, the task page, the dashboard cards and the unit tests all call this.
//
// A task is 已完成 only when the plan's organisation has confirmed it. Otherwise
// it is 已滞后 exactly when a checkpoint has passed without the progress it
// expected: a milestone expects its percent by the end of its due day, the
// deadline expects 100 %. "Passed" means today is after the due day (a report
// on the due day itself still counts), and the progress compared is the task's
// current progress, so a unit that catches up clears the lateness.
export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "LATE"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  NOT_STARTED: "未启动",
  IN_PROGRESS: "推进中",
  COMPLETED: "已完成",
  LATE: "已滞后",
};

export type StatusInput = {
  /** yyyy-mm-dd */
  today: string;
  deadline: string;
  milestones: { dueOn: string; percent: number }[];
  /** Current progress, 0–100 (the latest report's, or the linked indicator's). */
  percent: number;
  /** Whether any progress has been reported (or counted) at all. */
  started: boolean;
  completedOn: string | null;
};

/** The progress expected by `today`: the highest checkpoint already passed (0 when none has). */
export function expectedPercent(today: string, deadline: string, milestones: { dueOn: string; percent: number }[]): number {
  let expected = deadline < today ? 100 : 0;
  for (const m of milestones) if (m.dueOn < today && m.percent > expected) expected = m.percent;
  return expected;
}

export function taskStatus(t: StatusInput): TaskStatus {
  if (t.completedOn) return "COMPLETED";
  if (t.percent < expectedPercent(t.today, t.deadline, t.milestones)) return "LATE";
  return t.started || t.percent > 0 ? "IN_PROGRESS" : "NOT_STARTED";
}

/** Due within the next `days` days (today included), not completed. */
export function dueSoon(t: { today: string; deadline: string; completedOn: string | null }, days = 7): boolean {
  if (t.completedOn || t.deadline < t.today) return false;
  const end = new Date(`${t.today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return t.deadline <= end.toISOString().slice(0, 10);
}

/** A meeting decision (督办事项): done, late once its due day has passed, otherwise open. */
export type DecisionStatus = "DONE" | "LATE" | "OPEN";
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = { DONE: "已办结", LATE: "已超期", OPEN: "办理中" };
export function decisionStatus(d: { today: string; dueOn: string; doneOn: string | null }): DecisionStatus {
  if (d.doneOn) return "DONE";
  return d.dueOn < d.today ? "LATE" : "OPEN";
}

/** Progress of an indicator-linked task: the figure against its target, whole percent, at most 100. */
export function indicatorPercent(figure: number | null, target: number): number {
  if (figure === null || !(target > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((figure / target) * 100)));
}
