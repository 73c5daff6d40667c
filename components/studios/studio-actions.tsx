"use client";
// Actions on a studio page: status change (only the allowed transitions are
// offered, and the server enforces them), members, achievements and mentoring
// pairs. Each form is on the form kit with the API's own zod schema; the page
// refreshes afterwards with 保存成功.
import { useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
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
import { Button, type ButtonSize } from "../ui/button";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { useApiForm, type ApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

/** A button that opens a modal holding one small form on the form kit, posting to the API. */
function ModalForm<I extends FieldValues, O>(props: {
  label: string;
  title: string;
  schema: z.ZodType<O, I>;
  defaults: DefaultValues<I>;
  url: string;
  method?: "POST" | "PATCH";
  submitLabel: string;
  variant?: "primary" | "secondary";
  size?: ButtonSize;
  children: (kit: ApiForm<I, O>) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const kit = useApiForm({
    schema: props.schema,
    defaultValues: props.defaults,
    request: (v) => ({ url: props.url, method: props.method ?? "POST", body: v }),
    onSaved: (): void => {
      setOpen(false);
      kit.form.reset(props.defaults);
    },
  });
  return (
    <>
      <Button variant={props.variant ?? "secondary"} size={props.size ?? "sm"} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal open={open} title={props.title} onClose={() => setOpen(false)} busy={kit.pending} wide>
        {open && (
          <FormShell kit={kit} submitLabel={props.submitLabel} onCancel={() => setOpen(false)} className="space-y-4">
            {props.children(kit)}
          </FormShell>
        )}
      </Modal>
    </>
  );
}

export function StatusAction({ studioId, status }: { studioId: string; status: StudioStatus }) {
  const options = STUDIO_TRANSITIONS[status];
  if (options.length === 0) return null;
  return (
    <ModalForm label="变更状态" title="变更工作室状态" schema={StudioStatusSchema} defaults={{ status: options[0], statusOn: todayCST() }} url={`/api/v1/studios/${studioId}/status`} submitLabel="确认变更" size="md">
      {(kit) => (
        <>
          <p className="text-sm text-muted">当前状态：{STUDIO_STATUS_LABELS[status]}。复核通过后仍可撤销；撤销后不能恢复。</p>
          <Field id="ss-status" label="新状态" required error={kit.err("status")}>
            <select {...kit.form.register("status")} {...controlAria("ss-status", kit.err("status"))} className={selectClass}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {STUDIO_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="ss-on" label="变更日期" required error={kit.err("statusOn")}>
            <input {...kit.form.register("statusOn")} {...controlAria("ss-on", kit.err("statusOn"))} type="date" className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}

export function AddMemberAction({ studioId, scopeId }: { studioId: string; scopeId: number }) {
  return (
    <ModalForm label="添加成员" title="添加工作室成员" schema={StudioMemberAddSchema} defaults={{ memberId: undefined, role: "", joinedOn: todayCST() }} url={`/api/v1/studios/${studioId}/members`} submitLabel="添加">
      {(kit) => (
        <>
          <PickerField kit={kit} kind="member" name="memberId" id="sm-member" label="成员" required within={scopeId} hint="输入姓名、手机号或完整身份证号搜索" />
          <Field id="sm-role" label="角色" error={kit.err("role")} hint="如：技术骨干">
            <input {...kit.form.register("role")} {...controlAria("sm-role", kit.err("role"), "hint")} className={inputClass} />
          </Field>
          <Field id="sm-joined" label="加入日期" required error={kit.err("joinedOn")}>
            <input {...kit.form.register("joinedOn")} {...controlAria("sm-joined", kit.err("joinedOn"))} type="date" className={inputClass} />
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
      {(kit) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field id="sa-kind" label="成果类别" required error={kit.err("kind")}>
            <select {...kit.form.register("kind")} {...controlAria("sa-kind", kit.err("kind"))} className={selectClass}>
              {ACHIEVEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ACHIEVEMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="sa-on" label="取得日期" required error={kit.err("achievedOn")}>
            <input {...kit.form.register("achievedOn")} {...controlAria("sa-on", kit.err("achievedOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="sa-title" label="成果名称" required error={kit.err("title")} className="sm:col-span-2">
            <input {...kit.form.register("title")} {...controlAria("sa-title", kit.err("title"))} className={inputClass} />
          </Field>
          <Field id="sa-benefit" label="经济效益（元）" error={kit.err("benefit")}>
            <input {...kit.form.register("benefit")} {...controlAria("sa-benefit", kit.err("benefit"))} inputMode="decimal" className={inputClass} />
          </Field>
          <Field id="sa-patent" label="专利号" error={kit.err("patentNo")}>
            <input {...kit.form.register("patentNo")} {...controlAria("sa-patent", kit.err("patentNo"))} className={inputClass} />
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
      defaults={{ mentorMemberId: undefined, apprenticeMemberId: undefined, startedOn: todayCST() }}
      url={`/api/v1/studios/${studioId}/mentorships`}
      submitLabel="登记"
    >
      {(kit) => (
        <>
          <PickerField kit={kit} kind="member" name="mentorMemberId" id="mt-mentor" label="师傅" required within={scopeId} hint="输入姓名、手机号或完整身份证号搜索" />
          <PickerField kit={kit} kind="member" name="apprenticeMemberId" id="mt-apprentice" label="徒弟" required within={scopeId} hint="输入姓名、手机号或完整身份证号搜索" />
          <Field id="mt-start" label="结对日期" required error={kit.err("startedOn")}>
            <input {...kit.form.register("startedOn")} {...controlAria("mt-start", kit.err("startedOn"))} type="date" className={inputClass} />
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
      {(kit) => (
        <>
          <Field id="mo-outcome" label="结果" required error={kit.err("outcome")}>
            <select {...kit.form.register("outcome")} {...controlAria("mo-outcome", kit.err("outcome"))} className={selectClass}>
              {MENTORSHIP_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {MENTORSHIP_OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="mo-on" label="结果日期" error={kit.err("outcomeOn")}>
            <input {...kit.form.register("outcomeOn")} {...controlAria("mo-on", kit.err("outcomeOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="mo-note" label="说明" error={kit.err("outcomeNote")} hint="如：取得技师证书">
            <input {...kit.form.register("outcomeNote")} {...controlAria("mo-note", kit.err("outcomeNote"), "hint")} className={inputClass} />
          </Field>
        </>
      )}
    </ModalForm>
  );
}
