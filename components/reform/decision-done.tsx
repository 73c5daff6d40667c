"use client";
// 督办事项: mark a decision done (today, or an earlier day) or undo it.
import { useState } from "react";
import { todayCST } from "@/lib/dates";
import { ConfirmAction } from "../ui/confirm-action";
import { Field, inputClass } from "../ui/field";

export function DecisionDone({ id, done, content }: { id: number; done: boolean; content: string }) {
  const [doneOn, setDoneOn] = useState(todayCST());
  const label = done ? "撤销办结" : "标记办结";
  return (
    <ConfirmAction label={label} size="sm" variant="ghost" aria-label={`${label}：${content}`} field="doneOn" request={() => ({ url: `/api/v1/reform/decisions/${id}`, method: "PATCH", body: { doneOn: done ? null : doneOn } })}>
      <p className="mb-3 text-sm">{content}</p>
      {!done && (
        <Field id={`d-${id}-on`} label="办结日期" required>
          <input id={`d-${id}-on`} type="date" value={doneOn} max={todayCST()} onChange={(e) => setDoneOn(e.target.value)} className={inputClass} />
        </Field>
      )}
    </ConfirmAction>
  );
}
