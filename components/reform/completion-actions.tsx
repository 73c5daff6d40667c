"use client";
// 确认完成 / 重新打开 (with its reason), for the plan's organisation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "@/components/api";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { todayCST } from "@/lib/dates";

export function CompletionActions({ taskId, completed }: { taskId: string; completed: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(completed ? "" : todayCST());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const res = completed
      ? await apiRequest(`/api/v1/reform/tasks/${taskId}/reopen`, { method: "POST", body: { reason: value } })
      : await apiRequest(`/api/v1/reform/tasks/${taskId}/complete`, { method: "POST", body: { completedOn: value } });
    setBusy(false);
    if (!res.ok) return setError(Object.values(res.error.fields ?? {})[0] ?? res.error.message);
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button variant={completed ? "secondary" : "primary"} onClick={() => setOpen(true)}>
        {completed ? "重新打开" : "确认完成"}
      </Button>
      <ConfirmDialog open={open} title={completed ? "重新打开任务" : "确认任务完成"} busy={busy} error={error ?? undefined} onConfirm={submit} onCancel={() => setOpen(false)} confirmLabel={completed ? "重新打开" : "确认完成"}>
        {completed ? (
          <Field id="c-reason" label="重新打开的原因" required>
            <input id="c-reason" value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
          </Field>
        ) : (
          <Field id="c-date" label="完成日期" required hint="确认后任务只读，如需修改须重新打开并说明原因">
            <input id="c-date" type="date" value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
          </Field>
        )}
      </ConfirmDialog>
    </>
  );
}
