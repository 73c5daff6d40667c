"use client";
// 保留会籍: a retiring member keeps membership; from the retirement day they
// are counted apart from 在会 members. Confirmed before it is sent.
import { useState } from "react";
import { MemberRetainSchema } from "@/lib/members/schema";
import { todayCST } from "@/lib/dates";
import { fieldErrors } from "@/lib/validation/zod";
import { ConfirmAction } from "../ui/confirm-action";
import { Field, controlAria, inputClass } from "../ui/field";

export function RetainMembership({ memberId, memberName }: { memberId: string; memberName: string }) {
  const [retainedOn, setRetainedOn] = useState(todayCST());
  const request = () => {
    const parsed = MemberRetainSchema.safeParse({ retainedOn });
    if (!parsed.success) return fieldErrors(parsed.error).retainedOn ?? "请填写退休日期";
    return { url: `/api/v1/members/${memberId}/retain`, body: parsed.data };
  };
  return (
    <ConfirmAction label="退休保留会籍" confirmLabel="保留会籍" field="retainedOn" request={request}>
      <p>“{memberName}”退休后保留会籍，此后在看板上单独统计，不计入在会会员。</p>
      <Field id={`retain-${memberId}`} label="退休日期" required className="mt-3">
        <input {...controlAria(`retain-${memberId}`)} type="date" value={retainedOn} max={todayCST()} onChange={(e) => setRetainedOn(e.target.value)} className={inputClass} />
      </Field>
    </ConfirmAction>
  );
}
