"use client";
// A training's roster (components/programmes/roster-form.tsx): enrol a member
// (picked within the session's organisation), record attendance and outcome,
// or take someone off the list (confirmed).
import { useSearchParams } from "next/navigation";
import { useWatch } from "react-hook-form";
import { EnrolmentCreateSchema, type EnrolmentDto } from "@/lib/trainings/schema";
import { CERTIFICATE_LEVEL_LABELS, CERTIFICATE_LEVELS, ENROLMENT_OUTCOME_LABELS, ENROLMENT_OUTCOMES, type EnrolmentOutcome, type TrainingType } from "@/lib/trainings/labels";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { RosterAddButton, RosterRowActions, rosterSpec, type RosterKit, type RosterValues } from "../programmes/roster-form";
import { ChoiceField } from "../form/fields";

type Session = { id: string; orgId: number; type: TrainingType; hours: number };

const enrolments = (session: Session) =>
  rosterSpec({
    schema: EnrolmentCreateSchema,
    url: `/api/v1/trainings/${session.id}/enrolments`,
    orgId: session.orgId,
    pickerHint: "输入姓名或完整身份证号，从本次培训所属组织的会员名册中选择",
    defaults: (e: EnrolmentDto | null): RosterValues<typeof EnrolmentCreateSchema> =>
      e
        ? {
            memberId: e.memberId,
            attended: e.attended,
            attendedHours: e.attendedHours == null ? "" : String(e.attendedHours),
            outcome: e.outcome,
            certificateLevel: e.certificateLevel ?? "",
            certificateNo: e.certificateNo ?? "",
            subsidyAmount: e.subsidyAmount ?? "",
          }
        : // 参训学时 defaults to the session's hours.
          { memberId: undefined, attended: true, attendedHours: String(session.hours), outcome: "COMPLETED", certificateLevel: "", certificateNo: "", subsidyAmount: "" },
    fields: (kit, e) => <EnrolmentFields kit={kit} session={session} enrolment={e} />,
  });


export function AddEnrolmentButton({ session }: { session: Session }) {
  // 登记学员 offered after creating a training lands here with ?enrol=1.
  const initiallyOpen = useSearchParams().get("enrol") === "1";
  return <RosterAddButton spec={enrolments(session)} label="登记学员" title="登记学员" initiallyOpen={initiallyOpen} />;
}

export function EnrolmentRowActions({ session, enrolment }: { session: Session; enrolment: EnrolmentDto }) {
  return (
    <RosterRowActions
      spec={enrolments(session)}
      row={enrolment}
      editLabel={`编辑${enrolment.memberName}的培训结果`}
      title={`编辑培训结果：${enrolment.memberName}`}
      remove={{
        title: "移除学员",
        label: "移除",
        confirm: (
          <>
            将 <strong>{enrolment.memberName}</strong>（{enrolment.idMasked}）从本次培训的学员名单中移除？其培训结果和证书记录将一并删除，此操作记入审计日志。
          </>
        ),
      }}
    />
  );
}

function EnrolmentFields({ kit, session, enrolment }: { kit: RosterKit<typeof EnrolmentCreateSchema>; session: Session; enrolment: EnrolmentDto | null }) {
  const { register, setValue, control } = kit.form;
  const err = kit.err;
  const outcome = useWatch({ control, name: "outcome" });
  const outcomes = ENROLMENT_OUTCOMES.filter((o) => o !== "SUBSIDY_GRANTED" || session.type === "EDUCATION_UPGRADE" || enrolment?.outcome === o);
  return (
    <>
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
          <ChoiceField kit={kit} name="certificateLevel" id="e-level" label="证书等级" required values={CERTIFICATE_LEVELS} labels={CERTIFICATE_LEVEL_LABELS} />
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
    </>
  );
}
