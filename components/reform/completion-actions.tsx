"use client";
// 确认完成 / 重新打开 (with its reason), for the plan's organisation.
import { useState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field, inputClass } from "@/components/ui/field";
import { todayCST } from "@/lib/dates";

export function CompletionActions({ taskId, completed }: { taskId: string; completed: boolean }) {
  const [value, setValue] = useState(completed ? "" : todayCST());
  const request = () =>
    completed
      ? { url: `/api/v1/reform/tasks/${taskId}/reopen`, body: { reason: value } }
      : { url: `/api/v1/reform/tasks/${taskId}/complete`, body: { completedOn: value } };
  return (
    <ConfirmAction
      label={completed ? "重新打开" : "确认完成"}
      title={completed ? "重新打开任务" : "确认任务完成"}
      variant={completed ? "secondary" : "primary"}
      field={completed ? "reason" : "completedOn"}
      request={request}
    >
      {completed ? (
        <Field id="c-reason" label="重新打开的原因" required>
          <input id="c-reason" value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
        </Field>
      ) : (
        <Field id="c-date" label="完成日期" required hint="确认后任务只读，如需修改须重新打开并说明原因">
          <input id="c-date" type="date" value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
        </Field>
      )}
    </ConfirmAction>
  );
}
