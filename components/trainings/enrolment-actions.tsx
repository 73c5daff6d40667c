"use client";
// Enrol a member (picked from the registry within the session's organisation),
// record attendance and outcome, or take someone off the list (confirmed).
import { useMemo, useState } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { EnrolmentCreateSchema, EnrolmentUpdateSchema, type EnrolmentDto } from "@/lib/trainings/schema";
import {
  CERTIFICATE_LEVEL_LABELS,
  CERTIFICATE_LEVELS,
  ENROLMENT_OUTCOME_LABELS,
  ENROLMENT_OUTCOMES,
  type EnrolmentOutcome,
  type TrainingType,
} from "@/lib/trainings/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch } from "../programmes/search";
import { applyServerErrors } from "../programmes/form-errors";
import { DeleteButton } from "../programmes/delete-button";

type Session = { id: string; orgId: number; type: TrainingType; hours: number };

type Values = {
  memberId?: string;
  attended: boolean;
  attendedHours: string;
  outcome: EnrolmentOutcome;
  certificateLevel: string;
  certificateNo: string;
  subsidyAmount: string;
};
const FIELDS = ["memberId", "attended", "attendedHours", "outcome", "certificateLevel", "certificateNo", "subsidyAmount"] as const;

export function AddEnrolmentButton({ session }: { session: Session }) {
  // 登记学员 offered after creating a training lands here with ?enrol=1.
  const [open, setOpen] = useState(useSearchParams().get("enrol") === "1");
  return (
    <>
      <Button variant="primary" size="sm" onClick={() => setOpen(true)}>
        登记学员
      </Button>
      <Modal open={open} title="登记学员" onClose={() => setOpen(false)} wide>
        {open && <EnrolmentForm session={session} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

export function EnrolmentRowActions({ session, enrolment }: { session: Session; enrolment: EnrolmentDto }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex shrink-0 gap-1 whitespace-nowrap">
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`编辑${enrolment.memberName}的培训结果`}>
        编辑
      </Button>
      <DeleteButton url={`/api/v1/trainings/${session.id}/enrolments/${enrolment.id}`} title="移除学员" label="移除" size="sm">
        将 <strong>{enrolment.memberName}</strong>（{enrolment.idMasked}）从本次培训的学员名单中移除？其培训结果和证书记录将一并删除，此操作记入审计日志。
      </DeleteButton>
      <Modal open={open} title={`编辑培训结果：${enrolment.memberName}`} onClose={() => setOpen(false)} wide>
        {open && <EnrolmentForm session={session} enrolment={enrolment} onDone={() => setOpen(false)} />}
      </Modal>
    </div>
  );
}

function EnrolmentForm({ session, enrolment, onDone }: { session: Session; enrolment?: EnrolmentDto; onDone: () => void }) {
  const router = useRouter();
  const isCreate = !enrolment;
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<Picked | null>(null);
  const searchMembers = useMemo(() => memberSearch(session.orgId), [session.orgId]);
  const outcomes = ENROLMENT_OUTCOMES.filter((o) => o !== "SUBSIDY_GRANTED" || session.type === "EDUCATION_UPGRADE" || enrolment?.outcome === o);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? EnrolmentCreateSchema : (EnrolmentUpdateSchema as unknown as typeof EnrolmentCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: enrolment
      ? {
          attended: enrolment.attended,
          attendedHours: enrolment.attendedHours == null ? "" : String(enrolment.attendedHours),
          outcome: enrolment.outcome,
          certificateLevel: enrolment.certificateLevel ?? "",
          certificateNo: enrolment.certificateNo ?? "",
          subsidyAmount: enrolment.subsidyAmount ?? "",
        }
      : { memberId: undefined, attended: true, attendedHours: String(session.hours), outcome: "COMPLETED", certificateLevel: "", certificateNo: "", subsidyAmount: "" },
    mode: "onTouched",
  });
  const outcome = useWatch({ control, name: "outcome" });

  async function onSubmit(values: Values) {
    setServerError(null);
    const res = await apiRequest<EnrolmentDto>(
      isCreate ? `/api/v1/trainings/${session.id}/enrolments` : `/api/v1/trainings/${session.id}/enrolments/${enrolment.id}`,
      // The edit form sends every field: those the outcome does not use are cleared (null).
      { method: isCreate ? "POST" : "PATCH", body: isCreate ? values : Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v])) },
    );
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    onDone();
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {serverError && <Alert tone="error">{serverError}</Alert>}
      {isCreate ? (
        <Field id="e-member" label="会员" required error={err("memberId")} hint="输入姓名或完整身份证号，从本次培训所属组织的会员名册中选择">
          <Controller
            control={control}
            name="memberId"
            render={({ field }) => (
              <EntityPicker
                value={member}
                search={searchMembers}
                listLabel="会员候选"
                emptyText="没有匹配的会员"
                placeholder="姓名 / 身份证号"
                onBlur={field.onBlur}
                onChange={(m) => {
                  setMember(m);
                  field.onChange(m?.id);
                }}
                {...controlAria("e-member", err("memberId"), "hint")}
              />
            )}
          />
        </Field>
      ) : (
        <p className="text-sm text-muted">
          {enrolment.memberName}（{enrolment.idMasked}）· {enrolment.memberOrgName}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="e-outcome" label="培训结果" required error={err("outcome")}>
          <select
            {...register("outcome", {
              onChange: (e) => {
                // Fields the new outcome does not use are emptied, so they are not sent.
                const o = e.target.value as EnrolmentOutcome;
                if (o !== "CERTIFIED") {
                  setValue("certificateLevel", "");
                  setValue("certificateNo", "");
                }
                if (o !== "SUBSIDY_GRANTED") setValue("subsidyAmount", "");
                if (o === "ENROLLED") setValue("attended", false);
                else if (o !== "DROPPED") setValue("attended", true);
              },
            })}
            {...controlAria("e-outcome", err("outcome"))}
            className={selectClass}
          >
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {ENROLMENT_OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="e-hours" label="参训学时" error={err("attendedHours")} hint={`不超过培训学时 ${session.hours}`}>
          <input {...register("attendedHours")} {...controlAria("e-hours", err("attendedHours"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <div className="sm:col-span-2">
          <label className="flex items-center gap-2 text-[15px] text-gray-800">
            <input type="checkbox" {...register("attended")} aria-describedby={err("attended") ? "e-attended-error" : undefined} className="h-4 w-4 accent-brand" />
            已参训
          </label>
          {err("attended") && (
            <p id="e-attended-error" className="mt-1 text-sm text-red-700">
              {err("attended")}
            </p>
          )}
        </div>
        {outcome === "CERTIFIED" && (
          <>
            <Field id="e-level" label="证书等级" required error={err("certificateLevel")}>
              <select {...register("certificateLevel")} {...controlAria("e-level", err("certificateLevel"))} className={selectClass}>
                <option value="">请选择</option>
                {CERTIFICATE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {CERTIFICATE_LEVEL_LABELS[l]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="e-certno" label="证书编号" required error={err("certificateNo")}>
              <input {...register("certificateNo")} {...controlAria("e-certno", err("certificateNo"))} autoComplete="off" className={`${inputClass} font-mono`} />
            </Field>
          </>
        )}
        {outcome === "SUBSIDY_GRANTED" && (
          <Field id="e-subsidy" label="补助金额（元）" required error={err("subsidyAmount")} hint="最多两位小数">
            <input {...register("subsidyAmount")} {...controlAria("e-subsidy", err("subsidyAmount"), "hint")} inputMode="decimal" className={inputClass} />
          </Field>
        )}
      </div>
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button onClick={onDone}>取消</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记" : "保存"}
        </Button>
      </div>
    </form>
  );
}
