"use client";
// 督办事项: mark a decision done (today, or an earlier day) or undo it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { todayCST } from "@/lib/dates";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, inputClass } from "../ui/field";

export function DecisionDone({ id, done, content }: { id: number; done: boolean; content: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [doneOn, setDoneOn] = useState(todayCST());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (value: string | null) => {
    setBusy(true);
    setError(null);
    const res = await apiRequest(`/api/v1/reform/decisions/${id}`, { method: "PATCH", body: { doneOn: value } });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.doneOn ?? res.error.message);
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`${done ? "撤销办结" : "标记办结"}：${content}`}>
        {done ? "撤销办结" : "标记办结"}
      </Button>
      <ConfirmDialog open={open} title={done ? "撤销办结" : "标记办结"} busy={busy} error={error} onConfirm={() => save(done ? null : doneOn)} onCancel={() => setOpen(false)} confirmLabel={done ? "撤销办结" : "标记办结"}>
        <p className="mb-3 text-sm">{content}</p>
        {!done && (
          <Field id={`d-${id}-on`} label="办结日期" required>
            <input id={`d-${id}-on`} type="date" value={doneOn} max={todayCST()} onChange={(e) => setDoneOn(e.target.value)} className={inputClass} />
          </Field>
        )}
      </ConfirmDialog>
    </>
  );
}
