"use client";
// One form for a new grant (draft) and for editing a draft. Validation uses the
// API's schemas; the kind decides which details are asked for (admission for
// 金秋助学, the hospital bill for 医疗救助) and whether a hardship file is needed.
// Stored details are never sent to the browser: on edit they are replaced only
// when "修改申请详情" is ticked.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { GrantCreateSchema, GrantUpdateSchema, type GrantDto, type PolicyDto } from "@/lib/assistance/schema";
import { GRANT_KINDS, GRANT_KIND_LABELS, type GrantKind } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { HARDSHIP_STATUS_LABELS, HARDSHIP_CATEGORY_LABELS } from "@/lib/hardship/labels";
import type { HardshipFileDto } from "@/lib/hardship/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { MemberPicker, type PickedMember } from "./member-picker";
import { setFlash } from "../form/flash";

type Details = {
  childName: string;
  school: string;
  admissionYear: string;
  major: string;
  admissionNo: string;
  hospital: string;
  billTotal: string;
  selfPaid: string;
  diagnosis: string;
  note: string;
};
type Values = { memberId?: string; kind: string; amount: string; reason: string; fileId: string; details: Details };

const EMPTY: Details = { childName: "", school: "", admissionYear: "", major: "", admissionNo: "", hospital: "", billTotal: "", selfPaid: "", diagnosis: "", note: "" };
const NEEDS_DETAILS: GrantKind[] = ["EDUCATION", "MEDICAL"];

type Props = { policies: PolicyDto[] } & ({ mode: "create"; scopeId: number } | { mode: "edit"; grant: GrantDto });

export function GrantForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<PickedMember | null>(null);
  const [files, setFiles] = useState<HardshipFileDto[]>([]);
  const [editDetails, setEditDetails] = useState(isCreate);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? GrantCreateSchema : (GrantUpdateSchema as unknown as typeof GrantCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: isCreate
      ? { kind: "", amount: "", reason: "", fileId: "", details: EMPTY }
      : { kind: props.grant.kind, amount: props.grant.amount, reason: props.grant.reason, fileId: props.grant.fileId ?? "", details: EMPTY },
    mode: "onTouched",
    // Details of another kind, once hidden, must not travel with the form.
    shouldUnregister: true,
  });
  const kind = useWatch({ control, name: "kind" }) as GrantKind | "";
  const memberId = isCreate ? member?.id : props.grant.memberId;
  const policy = props.policies.find((p) => p.kind === kind);
  const kindChanged = !isCreate && kind !== props.grant.kind;
  const showDetails = editDetails || (kindChanged && NEEDS_DETAILS.includes(kind as GrantKind));

  // The member's open hardship files, for linking the household.
  useEffect(() => {
    if (!memberId) return;
    const ctrl = new AbortController();
    apiRequest<{ data: HardshipFileDto[] }>(`/api/v1/hardship-files?memberId=${memberId}&pageSize=20`, { signal: ctrl.signal })
      .then((r) => setFiles(r.ok ? r.data.data.filter((f) => f.status === "PENDING" || f.status === "IN_FILE") : []))
      .catch(() => {
        /* aborted */
      });
    return () => ctrl.abort();
  }, [memberId]);

  async function onSubmit(v: Values) {
    setServerError(null);
    const details = Object.fromEntries(Object.entries(v.details ?? {}).filter(([, x]) => x !== undefined && x !== ""));
    let body: Record<string, unknown>;
    if (isCreate) {
      body = { memberId: v.memberId, kind: v.kind, amount: v.amount, reason: v.reason, ...(v.fileId ? { fileId: v.fileId } : {}), ...(Object.keys(details).length ? { details } : {}) };
    } else {
      const g = props.grant;
      body = { version: g.version };
      if (v.kind !== g.kind) body.kind = v.kind;
      if (v.amount !== g.amount) body.amount = v.amount;
      if (v.reason !== g.reason) body.reason = v.reason;
      if ((v.fileId || null) !== g.fileId) body.fileId = v.fileId || null;
      if (showDetails) body.details = details;
    }
    const res = await apiRequest<GrantDto>(isCreate ? "/api/v1/grants" : `/api/v1/grants/${props.grant.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      let first = true;
      for (const [k, message] of Object.entries(res.error.fields ?? {})) {
        setError(k as keyof Values, { type: "server", message }, { shouldFocus: first });
        first = false;
      }
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/assistance/grants/${res.data.id}`);
    router.refresh();
  }

  const e = errors as Record<string, { message?: string } | Record<string, { message?: string }> | undefined>;
  const err = (k: string) => (e[k] as { message?: string } | undefined)?.message;
  const derr = (k: keyof Details) => (errors.details?.[k]?.message as string | undefined) ?? undefined;
  const cancelHref = isCreate ? "/assistance/grants" : `/assistance/grants/${props.grant.id}`;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && (
        <Alert tone="error" title="保存失败">
          {serverError}
        </Alert>
      )}
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">申请信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {isCreate ? (
            <Field id="g-member" label="救助对象" required error={err("memberId")} hint="在会会员">
              <Controller
                control={control}
                name="memberId"
                render={({ field }) => (
                  <MemberPicker
                    value={member}
                    within={props.scopeId}
                    onBlur={field.onBlur}
                    onChange={(m) => {
                      setMember(m);
                      setFiles([]);
                      field.onChange(m?.id);
                    }}
                    {...controlAria("g-member", err("memberId"), "hint")}
                  />
                )}
              />
            </Field>
          ) : (
            <Field id="g-member" label="救助对象">
              <input id="g-member" value={`${props.grant.memberName}（${props.grant.memberIdMasked}）`} readOnly disabled className={inputClass} />
            </Field>
          )}
          <Field id="g-kind" label="救助类别" required error={err("kind")}>
            <select {...register("kind")} {...controlAria("g-kind", err("kind"))} className={selectClass}>
              <option value="">请选择</option>
              {GRANT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {GRANT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="g-amount"
            label="救助金额（元）"
            required
            error={err("amount")}
            hint={policy ? `单笔上限 ${formatYuan(policy.maxAmount)}，每户每年上限 ${formatYuan(policy.maxPerHouseholdYear)}` : "如 1000 或 1000.50"}
          >
            <input {...register("amount")} {...controlAria("g-amount", err("amount"), "hint")} inputMode="decimal" className={inputClass} />
          </Field>
          <Field
            id="g-file"
            label="困难职工档案"
            required={policy?.requiresHardshipFile}
            error={err("fileId")}
            hint={policy?.requiresHardshipFile ? "该类别须关联“在档”的困难职工档案" : "选填：关联后按档案（家庭）统计每户上限"}
          >
            <select {...register("fileId")} {...controlAria("g-file", err("fileId"), "hint")} className={selectClass} disabled={!memberId}>
              <option value="">{memberId ? (files.length ? "不关联" : "该职工没有未结案的档案") : "请先选择救助对象"}</option>
              {files.map((f) => (
                <option key={f.id} value={f.id}>
                  {HARDSHIP_CATEGORY_LABELS[f.category]} · {HARDSHIP_STATUS_LABELS[f.status]} · 末次核实 {f.lastVerifiedOn ?? "—"}
                </option>
              ))}
            </select>
          </Field>
          <Field id="g-reason" label="申请理由" required error={err("reason")} className="md:col-span-2">
            <textarea {...register("reason")} {...controlAria("g-reason", err("reason"))} rows={2} className={inputClass} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">申请详情</legend>
        {!isCreate && (
          <label className="mb-3 flex items-center gap-2 text-[15px] text-gray-800">
            <input type="checkbox" checked={showDetails} disabled={kindChanged && NEEDS_DETAILS.includes(kind as GrantKind)} onChange={(ev) => setEditDetails(ev.target.checked)} className="h-4 w-4 accent-brand" />
            修改申请详情（原详情加密保存，勾选后重新填写并替换）
          </label>
        )}
        {showDetails && (
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {kind === "EDUCATION" && (
              <>
                <Field id="d-child" label="子女姓名" required error={derr("childName")}>
                  <input {...register("details.childName")} {...controlAria("d-child", derr("childName"))} className={inputClass} />
                </Field>
                <Field id="d-school" label="录取学校" required error={derr("school")}>
                  <input {...register("details.school")} {...controlAria("d-school", derr("school"))} className={inputClass} />
                </Field>
                <Field id="d-year" label="入学年份" required error={derr("admissionYear")}>
                  <input {...register("details.admissionYear")} {...controlAria("d-year", derr("admissionYear"))} inputMode="numeric" className={inputClass} />
                </Field>
                <Field id="d-major" label="录取专业" error={derr("major")}>
                  <input {...register("details.major")} {...controlAria("d-major", derr("major"))} className={inputClass} />
                </Field>
                <Field id="d-no" label="录取通知书编号" error={derr("admissionNo")}>
                  <input {...register("details.admissionNo")} {...controlAria("d-no", derr("admissionNo"))} className={inputClass} />
                </Field>
              </>
            )}
            {kind === "MEDICAL" && (
              <>
                <Field id="d-hospital" label="就诊医院" required error={derr("hospital")}>
                  <input {...register("details.hospital")} {...controlAria("d-hospital", derr("hospital"))} className={inputClass} />
                </Field>
                <Field id="d-bill" label="医疗费用总额（元）" required error={derr("billTotal")} hint="救助金额不能超过费用总额">
                  <input {...register("details.billTotal")} {...controlAria("d-bill", derr("billTotal"), "hint")} inputMode="decimal" className={inputClass} />
                </Field>
                <Field id="d-self" label="个人自付金额（元）" error={derr("selfPaid")}>
                  <input {...register("details.selfPaid")} {...controlAria("d-self", derr("selfPaid"))} inputMode="decimal" className={inputClass} />
                </Field>
                <Field id="d-diagnosis" label="病情诊断" error={derr("diagnosis")}>
                  <input {...register("details.diagnosis")} {...controlAria("d-diagnosis", derr("diagnosis"))} className={inputClass} />
                </Field>
              </>
            )}
            <Field id="d-note" label="补充说明" error={derr("note")} hint="加密保存，查看时记入审计日志" className="md:col-span-2">
              <textarea {...register("details.note")} {...controlAria("d-note", derr("note"), "hint")} rows={2} className={inputClass} />
            </Field>
          </div>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "保存为草稿" : "保存修改"}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
