"use client";
// 保留会籍: a retiring member keeps membership; from the retirement day they
// are counted apart from 在会 members. Confirmed before it is sent.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { MemberRetainSchema } from "@/lib/members/schema";
import { todayCST } from "@/lib/dates";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, controlAria, inputClass } from "../ui/field";

export function RetainMembership({ memberId, memberName }: { memberId: string; memberName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [retainedOn, setRetainedOn] = useState(todayCST());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    const parsed = MemberRetainSchema.safeParse({ retainedOn });
    if (!parsed.success) return setError(fieldErrors(parsed.error).retainedOn ?? "请填写退休日期");
    setBusy(true);
    const res = await apiRequest(`/api/v1/members/${memberId}/retain`, { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.retainedOn ?? res.error.message);
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button onClick={() => (setError(null), setOpen(true))}>退休保留会籍</Button>
      <ConfirmDialog open={open} title="退休保留会籍" confirmLabel="保留会籍" busy={busy} error={error} onConfirm={send} onCancel={() => setOpen(false)}>
        <p>“{memberName}”退休后保留会籍，此后在看板上单独统计，不计入在会会员。</p>
        <Field id={`retain-${memberId}`} label="退休日期" required className="mt-3">
          <input {...controlAria(`retain-${memberId}`, error ?? undefined)} type="date" value={retainedOn} max={todayCST()} onChange={(e) => setRetainedOn(e.target.value)} className={inputClass} />
        </Field>
      </ConfirmDialog>
    </>
  );
}
