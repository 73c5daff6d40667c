"use client";
// The steps of an order after entry: dispatch to a proposed helper, record a
// visit, close with the outcome (both on the form kit), or withdraw. Each posts
// to the API and refreshes the server-rendered page; the API's zod schemas
// validate both sides.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { AssistCancelSchema, AssistCloseSchema, AssistVisitSchema, type Candidate } from "@/lib/assist-orders/schema";
import { DISTANCE_LABELS } from "@/lib/assist-orders/labels";
import { todayCST } from "@/lib/dates";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmAction } from "../ui/confirm-action";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { ChoiceField } from "../form/fields";
import { SCORES, SCORE_LABELS } from "../form/scores";

function usePost(url: string) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function post(body: unknown) {
    setError(null);
    const res = await apiRequest(url, { method: "POST", body });
    if (!res.ok) {
      setError(res.error.message);
      return res;
    }
    router.refresh();
    return res;
  }
  return { post, error };
}

export function DispatchPanel({ orderId, candidates, minDate }: { orderId: string; candidates: Candidate[]; minDate: string }) {
  const [date, setDate] = useState(todayCST() < minDate ? minDate : todayCST());
  const [busy, setBusy] = useState<string | null>(null);
  const { post, error } = usePost(`/api/v1/assist-orders/${orderId}/dispatch`);
  async function dispatch(c: Candidate) {
    setBusy(c.id);
    await post({ [c.kind === "MEMBER" ? "memberId" : "studioId"]: c.id, dispatchedOn: date });
    setBusy(null);
  }
  if (!candidates.length) return <p className="text-sm text-muted">本单位范围内暂无可推荐的劳模工匠或工作室。</p>;
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="d-date" label="派单日期" required>
        <input id="d-date" type="date" value={date} min={minDate} onChange={(e) => setDate(e.target.value)} className={`${inputClass} max-w-[12rem]`} />
      </Field>
      <ol className="divide-y divide-line rounded-md border border-line" aria-label="推荐的劳模工匠和工作室">
        {candidates.map((c, i) => (
          <li key={c.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <span className="w-6 text-sm tabular-nums text-muted">{i + 1}</span>
            <div className="min-w-[12rem] flex-1">
              <p className="font-medium text-gray-900">
                {c.name}
                <span className="ml-2 text-xs text-muted">{c.kind === "MEMBER" ? "劳模工匠" : "工作室团队"}</span>
              </p>
              <p className="text-xs text-muted">
                {c.orgName} · {DISTANCE_LABELS[c.distance] ?? "外市"} · 在办 {c.openOrders} 单 · 已办结 {c.servedOrders} 单
              </p>
              {c.reasons.length > 0 && <p className="text-xs text-gray-700">{c.reasons.join("；")}</p>}
            </div>
            <Button size="sm" variant={i === 0 ? "primary" : "secondary"} disabled={busy !== null} aria-busy={busy === c.id || undefined} onClick={() => dispatch(c)}>
              {busy === c.id ? "正在派单…" : `派单给${c.name}`}
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function VisitForm({ orderId, team }: { orderId: string; team: { id: string; name: string }[] }) {
  const kit = useApiForm({
    schema: AssistVisitSchema,
    defaultValues: { visitedOn: todayCST(), memberIds: team.slice(0, 1).map((m) => m.id), hours: "", content: "" },
    request: (v) => ({ url: `/api/v1/assist-orders/${orderId}/visits`, body: v }),
    // The next visit is usually the same people on another day: keep them, clear the rest.
    onSaved: (): void => kit.form.reset({ ...kit.form.getValues(), hours: "", content: "" }),
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="保存服务记录" label="登记上门服务" className="space-y-4">
      <FieldSet id="v-who" legend="服务人员" error={err("memberIds")}>
        <div className="flex flex-wrap gap-4">
          {team.map((m) => (
            <label key={m.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={m.id} {...register("memberIds")} />
              {m.name}
            </label>
          ))}
        </div>
      </FieldSet>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field id="v-date" label="服务日期" required error={err("visitedOn")}>
          <input {...register("visitedOn")} {...controlAria("v-date", err("visitedOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="v-hours" label="服务时长（小时）" required error={err("hours")}>
          <input {...register("hours")} {...controlAria("v-hours", err("hours"))} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="v-content" label="服务内容" error={err("content")}>
          <input {...register("content")} {...controlAria("v-content", err("content"))} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}

export function CloseForm({ orderId }: { orderId: string }) {
  const kit = useApiForm({
    schema: AssistCloseSchema,
    defaultValues: { closedOn: todayCST(), problemsSolved: "", workersTrained: "", benefit: "", rating: "", outcomeNote: "" },
    request: (v) => ({ url: `/api/v1/assist-orders/${orderId}/close`, body: v }),
    savedMessage: "工单已办结",
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="办结工单" label="办结工单" className="space-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field id="c-date" label="办结日期" required error={err("closedOn")}>
          <input {...register("closedOn")} {...controlAria("c-date", err("closedOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="c-problems" label="解决问题数" required error={err("problemsSolved")}>
          <input {...register("problemsSolved")} {...controlAria("c-problems", err("problemsSolved"))} type="number" min={0} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="c-trained" label="培训职工人数" required error={err("workersTrained")}>
          <input {...register("workersTrained")} {...controlAria("c-trained", err("workersTrained"))} type="number" min={0} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="c-benefit" label="经济效益（元）" required error={err("benefit")} hint="企业确认的金额，如 450000.00">
          <input {...register("benefit")} {...controlAria("c-benefit", err("benefit"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <ChoiceField kit={kit} name="rating" id="c-rating" label="企业评价" required values={SCORES} labels={SCORE_LABELS} />
        <Field id="c-note" label="成效说明" error={err("outcomeNote")}>
          <input {...register("outcomeNote")} {...controlAria("c-note", err("outcomeNote"))} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}

export function CancelButton({ orderId }: { orderId: string }) {
  const [reason, setReason] = useState("");
  const request = () => {
    const parsed = AssistCancelSchema.safeParse({ reason });
    if (!parsed.success) return fieldErrors(parsed.error).reason ?? "请填写撤销原因";
    return { url: `/api/v1/assist-orders/${orderId}/cancel`, body: parsed.data };
  };
  return (
    <ConfirmAction label="撤销工单" confirmLabel="确认撤销" variant="danger" field="reason" request={request}>
      <Field id="x-reason" label="撤销原因" required>
        <input id="x-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} className={inputClass} />
      </Field>
      <p className="mt-2 text-sm text-muted">撤销后不能再派单或登记服务，此操作记入审计日志。</p>
    </ConfirmAction>
  );
}
