"use client";
// A member's online application, on the form kit with the server's own zod
// schema; kind-specific questions appear for 金秋助学 and 医疗救助.
import { useWatch } from "react-hook-form";
import { APPLICATION_KINDS, MemberApplicationSchema } from "@/lib/self-service/application-schema";
import type { GrantDetails } from "@/lib/assistance/schema";
import { Card } from "../ui/card";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { FormShell } from "../form/form-shell";
import { useApiForm } from "../form/use-api-form";

const KIND_LABELS: Record<(typeof APPLICATION_KINDS)[number], string> = {
  WARMTH: "送温暖",
  EDUCATION: "金秋助学（子女考入大学）",
  MEDICAL: "医疗救助",
  EDUCATION_UPGRADE: "学历提升补助（本人在职学习）",
};

type DetailField = { key: keyof GrantDetails; label: string; inputMode?: "numeric" | "decimal"; hint?: string };
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
  const kit = useApiForm({
    schema: MemberApplicationSchema,
    defaultValues: { kind: "WARMTH", amount: "", reason: "", details: {} },
    request: ({ details, ...v }) => {
      // Blank questions are not answers: only what was filled in is sent.
      const given = Object.fromEntries(Object.entries(details ?? {}).filter(([, x]) => x !== undefined));
      return { url: "/api/v1/me/applications", body: { ...v, ...(Object.keys(given).length ? { details: given } : {}) } };
    },
    savedMessage: "已提交申请",
    savedHref: () => "/me/applications",
  });
  const { register, setValue, control } = kit.form;
  const kind = useWatch({ control, name: "kind" });
  const err = kit.err;
  return (
    <Card>
      <FormShell kit={kit} submitLabel="提交申请" pendingLabel="正在提交…" failTitle="未能提交" wide className="space-y-4">
        <Field id="ap-kind" label="申请类别" required error={err("kind")}>
          {/* Another kind asks other questions: the previous kind's answers are dropped. */}
          <select {...register("kind", { onChange: () => setValue("details", {}) })} {...controlAria("ap-kind", err("kind"))} className={selectClass}>
            {APPLICATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        {(DETAILS[kind ?? ""] ?? []).map((f) => {
          const key = `details.${f.key}` as const;
          return (
            <Field key={key} id={`ap-${f.key}`} label={f.label} error={err(key)} hint={f.hint}>
              <input {...register(key)} {...controlAria(`ap-${f.key}`, err(key), f.hint)} inputMode={f.inputMode} className={inputClass} />
            </Field>
          );
        })}
        <Field id="ap-amount" label="申请金额（元）" required error={err("amount")}>
          <input {...register("amount")} {...controlAria("ap-amount", err("amount"))} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="ap-reason" label="申请理由" required error={err("reason")} hint="请写明家庭人口、收入和困难原因">
          <textarea {...register("reason")} {...controlAria("ap-reason", err("reason"), "hint")} rows={4} className={inputClass} />
        </Field>
      </FormShell>
    </Card>
  );
}
