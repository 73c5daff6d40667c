"use client";
// Follows a 网上入会 application: number + last six ID characters → its status.
import { useState, type FormEvent } from "react";
import { JoinStatusQuerySchema, type JoinStatusDto } from "@/lib/members/join-schema";
import { MEMBER_APPLICATION_STATUS_LABELS } from "@/lib/members/labels";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";

const TONE = { PENDING: "info", ACCEPTED: "success", DECLINED: "error", EXISTING: "info" } as const;

export function JoinStatusForm() {
  const [values, setValues] = useState({ number: "", idTail: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<JoinStatusDto | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFound(null);
    const parsed = JoinStatusQuerySchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    const res = await apiRequest<JoinStatusDto>("/api/v1/join/status", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setFound(res.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="js-number" label="申请编号" required error={errors.number}>
        <input {...controlAria("js-number", errors.number)} name="number" autoComplete="off" maxLength={12} value={values.number} onChange={(e) => setValues((v) => ({ ...v, number: e.target.value }))} className={inputClass} />
      </Field>
      <Field id="js-tail" label="身份证号后六位" required error={errors.idTail}>
        <input {...controlAria("js-tail", errors.idTail)} name="idTail" autoComplete="off" maxLength={6} value={values.idTail} onChange={(e) => setValues((v) => ({ ...v, idTail: e.target.value }))} className={inputClass} />
      </Field>
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        {busy ? "正在查询…" : "查询"}
      </Button>
      {found && (
        <div>
          <Alert tone={TONE[found.status]} title={MEMBER_APPLICATION_STATUS_LABELS[found.status]}>
            <p>{found.message}</p>
            {found.unionName && <p className="mt-1">所在工会：{found.unionName}</p>}
            {found.declineReason && <p className="mt-1">原因：{found.declineReason}</p>}
            <p className="mt-1 text-xs">提交于 {found.submittedAt.slice(0, 10)}</p>
          </Alert>
        </div>
      )}
    </form>
  );
}
