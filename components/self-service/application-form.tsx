"use client";
// A member's online application. Validated with the same zod schema as the
// server; kind-specific questions appear for 金秋助学 and 医疗救助.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { APPLICATION_KINDS, MemberApplicationSchema } from "@/lib/self-service/application-schema";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";

const KIND_LABELS: Record<(typeof APPLICATION_KINDS)[number], string> = {
  WARMTH: "送温暖",
  EDUCATION: "金秋助学（子女考入大学）",
  MEDICAL: "医疗救助",
  EDUCATION_UPGRADE: "学历提升补助（本人在职学习）",
};

type DetailField = { key: string; label: string; inputMode?: "numeric" | "decimal"; hint?: string };
const DETAILS: Record<string, DetailField[]> = {
  EDUCATION: [
    { key: "childName", label: "子女姓名" },
    { key: "school", label: "录取学校" },
    { key: "admissionYear", label: "入学年份", inputMode: "numeric" },
    { key: "major", label: "录取专业" },
    { key: "admissionNo", label: "录取通知书编号" },
  ],
  EDUCATION_UPGRADE: [
    { key: "school", label: "就读学校" },
    { key: "major", label: "就读专业" },
    { key: "admissionYear", label: "入学年份", inputMode: "numeric" },
  ],
  MEDICAL: [
    { key: "hospital", label: "就诊医院" },
    { key: "billTotal", label: "医疗费用总额（元）", inputMode: "decimal" },
    { key: "selfPaid", label: "个人自付（元）", inputMode: "decimal", hint: "医保报销后本人承担的部分" },
    { key: "diagnosis", label: "病情诊断" },
  ],
};

export function ApplicationForm() {
  const router = useRouter();
  const [kind, setKind] = useState<string>("WARMTH");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [details, setDetails] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const fields = DETAILS[kind] ?? [];
    const d = Object.fromEntries(fields.map((f) => [f.key, details[f.key]?.trim()]).filter(([, v]) => v));
    const body = { kind, amount: amount.trim(), reason, ...(Object.keys(d).length ? { details: d } : {}) };
    const parsed = MemberApplicationSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return setError("请按提示修改后再提交");
    }
    setErrors({});
    setBusy(true);
    const res = await apiRequest("/api/v1/me/applications", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setError(res.error.message);
    }
    router.push("/me/applications");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Card>
        <div className="space-y-4">
          {error && <Alert tone="error">{error}</Alert>}
          <Field id="ap-kind" label="申请类别" required error={errors.kind}>
            <select {...controlAria("ap-kind", errors.kind)} value={kind} onChange={(e) => setKind(e.target.value)} className={selectClass}>
              {APPLICATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          {(DETAILS[kind] ?? []).map((f) => {
            const key = `details.${f.key}`;
            return (
              <Field key={key} id={`ap-${f.key}`} label={f.label} error={errors[key]} hint={f.hint}>
                <input
                  {...controlAria(`ap-${f.key}`, errors[key], f.hint)}
                  inputMode={f.inputMode}
                  value={details[f.key] ?? ""}
                  onChange={(e) => setDetails((d) => ({ ...d, [f.key]: e.target.value }))}
                  className={inputClass}
                />
              </Field>
            );
          })}
          <Field id="ap-amount" label="申请金额（元）" required error={errors.amount}>
            <input {...controlAria("ap-amount", errors.amount)} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} className={inputClass} />
          </Field>
          <Field id="ap-reason" label="申请理由" required error={errors.reason} hint="请写明家庭人口、收入和困难原因">
            <textarea {...controlAria("ap-reason", errors.reason, "hint")} value={reason} onChange={(e) => setReason(e.target.value)} rows={4} maxLength={500} className={inputClass} />
          </Field>
          <Button type="submit" variant="primary" className="w-full" disabled={busy}>
            {busy ? "正在提交…" : "提交申请"}
          </Button>
        </div>
      </Card>
    </form>
  );
}
