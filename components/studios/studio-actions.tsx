"use client";
// Actions on a studio page: status change (only the allowed transitions are
// offered, and the server enforces them), members, achievements and mentoring
// pairs. Each form uses the API's own zod schema; the page refreshes afterwards.
import { useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import {
  AchievementCreateSchema,
  MentorshipCreateSchema,
  MentorshipOutcomeSchema,
  StudioMemberAddSchema,
  StudioStatusSchema,
  type MentorshipDto,
} from "@/lib/studios/schema";
import { ACHIEVEMENT_KINDS, ACHIEVEMENT_KIND_LABELS, MENTORSHIP_OUTCOMES, MENTORSHIP_OUTCOME_LABELS, STUDIO_STATUS_LABELS, STUDIO_TRANSITIONS, type StudioStatus } from "@/lib/studios/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, type ButtonSize } from "../ui/button";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch } from "../programmes/search";
import { applyServerErrors } from "../programmes/form-errors";

/** A button that opens a modal holding one small form posting to the API. */
function ModalForm<S extends z.ZodType, V extends FieldValues>(props: {
  label: string;
  title: string;
  schema: S;
  defaults: V;
  url: string;
  method?: "POST" | "PATCH";
  submitLabel: string;
  variant?: "primary" | "secondary";
  size?: ButtonSize;
  children: (form: UseFormReturn<V>, err: (k: Path<V>) => string | undefined) => ReactNode;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setErrorMsg] = useState<string | null>(null);
  const form = useForm<V>({ resolver: zodResolver(props.schema as never) as unknown as Resolver<V>, defaultValues: props.defaults as never, mode: "onTouched" });
  const err = (k: Path<V>) => (form.formState.errors as Record<string, { message?: string } | undefined>)[k as string]?.message;
  async function onSubmit(values: V) {
    setErrorMsg(null);
    const res = await apiRequest(props.url, { method: props.method ?? "POST", body: values });
    if (!res.ok) {
      setErrorMsg(res.error.message);
      applyServerErrors(res.error, Object.keys(props.defaults) as Path<V>[], form.setError as never);
      return;
    }
    setOpen(false);
    form.reset(props.defaults);
    router.refresh();
  }
  return (
    <>
      <Button variant={props.variant ?? "secondary"} size={props.size ?? "sm"} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal open={open} title={props.title} onClose={() => setOpen(false)} busy={form.formState.isSubmitting} wide>
        {open && (
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
            {error && <Alert tone="error">{error}</Alert>}
            {props.children(form, err)}
            <div className="flex justify-end gap-2 pt-2">
              <Button onClick={() => setOpen(false)}>取消</Button>
              <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? "正在保存…" : props.submitLabel}
              </Button>
            </div>
          </form>
        )}
      </Modal>
    </>
  );
}

function MemberField<V extends FieldValues>({ form, name, id, label, err, scopeId }: { form: UseFormReturn<V>; name: Path<V>; id: string; label: string; err?: string; scopeId: number }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const search = useMemo(() => memberSearch(scopeId), [scopeId]);
  return (
    <Field id={id} label={label} required error={err} hint="输入姓名、手机号或完整身份证号搜索">
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <EntityPicker
            value={picked}
            search={search}
            listLabel="会员候选"
            emptyText="没有匹配的会员"
            onBlur={field.onBlur}
            onChange={(m) => {
              setPicked(m);
              field.onChange(m?.id);
            }}
            {...controlAria(id, err, "hint")}
          />
        )}
      />
    </Field>
  );
}

export function StatusAction({ studioId, status }: { studioId: string; status: StudioStatus }) {
  const options = STUDIO_TRANSITIONS[status];
  if (options.length === 0) return null;
  return (
    <ModalForm label="变更状态" title="变更工作室状态" schema={StudioStatusSchema} defaults={{ status: options[0], statusOn: todayCST() }} url={`/api/v1/studios/${studioId}/status`} submitLabel="确认变更" size="md">
      {(f, err) => (
        <>
          <p className="text-sm text-muted">当前状态：{STUDIO_STATUS_LABELS[status]}。复核通过后仍可撤销；撤销后不能恢复。</p>
          <Field id="ss-status" label="新状态" required error={err("status")}>
            <select {...f.register("status")} {...controlAria("ss-status", err("status"))} className={selectClass}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {STUDIO_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="ss-on" label="变更日期" required error={err("statusOn")}>
            <input {...f.register("statusOn")} {...controlAria("ss-on", err("statusOn"))} type="date" className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}

export function AddMemberAction({ studioId, scopeId }: { studioId: string; scopeId: number }) {
  return (
    <ModalForm label="添加成员" title="添加工作室成员" schema={StudioMemberAddSchema} defaults={{ memberId: undefined as string | undefined, role: "", joinedOn: todayCST() }} url={`/api/v1/studios/${studioId}/members`} submitLabel="添加">
      {(f, err) => (
        <>
          <MemberField form={f} name="memberId" id="sm-member" label="成员" err={err("memberId")} scopeId={scopeId} />
          <Field id="sm-role" label="角色" error={err("role")} hint="如：技术骨干">
            <input {...f.register("role")} {...controlAria("sm-role", err("role"), "hint")} maxLength={50} className={inputClass} />
          </Field>
          <Field id="sm-joined" label="加入日期" required error={err("joinedOn")}>
            <input {...f.register("joinedOn")} {...controlAria("sm-joined", err("joinedOn"))} type="date" className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}

export function AddAchievementAction({ studioId }: { studioId: string }) {
  return (
    <ModalForm
      label="登记成果"
      title="登记创新成果"
      schema={AchievementCreateSchema}
      defaults={{ kind: "PATENT", title: "", achievedOn: todayCST(), benefit: "", patentNo: "", description: "" }}
      url={`/api/v1/studios/${studioId}/achievements`}
      submitLabel="登记"
    >
      {(f, err) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field id="sa-kind" label="成果类别" required error={err("kind")}>
            <select {...f.register("kind")} {...controlAria("sa-kind", err("kind"))} className={selectClass}>
              {ACHIEVEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ACHIEVEMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="sa-on" label="取得日期" required error={err("achievedOn")}>
            <input {...f.register("achievedOn")} {...controlAria("sa-on", err("achievedOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="sa-title" label="成果名称" required error={err("title")} className="sm:col-span-2">
            <input {...f.register("title")} {...controlAria("sa-title", err("title"))} maxLength={200} className={inputClass} />
          </Field>
          <Field id="sa-benefit" label="经济效益（元）" error={err("benefit")}>
            <input {...f.register("benefit")} {...controlAria("sa-benefit", err("benefit"))} inputMode="decimal" maxLength={13} className={inputClass} />
          </Field>
          <Field id="sa-patent" label="专利号" error={err("patentNo")}>
            <input {...f.register("patentNo")} {...controlAria("sa-patent", err("patentNo"))} maxLength={50} className={inputClass} />
          </Field>
        </div>
      )}
    </ModalForm>
  );
}

export function AddMentorshipAction({ studioId, scopeId }: { studioId: string; scopeId: number }) {
  return (
    <ModalForm
      label="登记师徒结对"
      title="登记师徒结对（师带徒）"
      schema={MentorshipCreateSchema}
      defaults={{ mentorMemberId: undefined as string | undefined, apprenticeMemberId: undefined as string | undefined, startedOn: todayCST() }}
      url={`/api/v1/studios/${studioId}/mentorships`}
      submitLabel="登记"
    >
      {(f, err) => (
        <>
          <MemberField form={f} name="mentorMemberId" id="mt-mentor" label="师傅" err={err("mentorMemberId")} scopeId={scopeId} />
          <MemberField form={f} name="apprenticeMemberId" id="mt-apprentice" label="徒弟" err={err("apprenticeMemberId")} scopeId={scopeId} />
          <Field id="mt-start" label="结对日期" required error={err("startedOn")}>
            <input {...f.register("startedOn")} {...controlAria("mt-start", err("startedOn"))} type="date" className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}

export function OutcomeAction({ studioId, m }: { studioId: string; m: MentorshipDto }) {
  return (
    <ModalForm
      label="登记结果"
      title={`带教结果：${m.mentorName} → ${m.apprenticeName}`}
      schema={MentorshipOutcomeSchema}
      defaults={{ outcome: m.outcome === "ONGOING" ? "COMPLETED" : m.outcome, outcomeOn: m.outcomeOn ?? todayCST(), outcomeNote: m.outcomeNote ?? "" }}
      url={`/api/v1/studios/${studioId}/mentorships/${m.id}`}
      method="PATCH"
      submitLabel="保存"
    >
      {(f, err) => (
        <>
          <Field id="mo-outcome" label="结果" required error={err("outcome")}>
            <select {...f.register("outcome")} {...controlAria("mo-outcome", err("outcome"))} className={selectClass}>
              {MENTORSHIP_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {MENTORSHIP_OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="mo-on" label="结果日期" error={err("outcomeOn")}>
            <input {...f.register("outcomeOn")} {...controlAria("mo-on", err("outcomeOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="mo-note" label="说明" error={err("outcomeNote")} hint="如：取得技师证书">
            <input {...f.register("outcomeNote")} {...controlAria("mo-note", err("outcomeNote"), "hint")} maxLength={500} className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}
