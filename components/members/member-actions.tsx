"use client";
// Actions on an active member: edit, transfer (转会) and leave (退会), on the
// form kit: validated with the API's schemas, confirmed in a dialog before the
// request is sent, 保存成功-style words above the refreshed page.
import { useState } from "react";
import { MemberLeaveSchema, MemberTransferSchema } from "@/lib/members/schema";
import { todayCST } from "@/lib/dates";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { memberId: string; memberName: string; orgId: number; orgName: string; active: boolean };

export function MemberActions({ memberId, memberName, orgId, orgName, active }: Props) {
  const [panel, setPanel] = useState<"transfer" | "leave" | null>(null);
  if (!active) return null;
  const close = () => setPanel(null);
  return (
    <>
      <ButtonLink href={`/members/${memberId}/edit`}>编辑</ButtonLink>
      <Button onClick={() => setPanel("transfer")}>转会</Button>
      <Button variant="danger" onClick={() => setPanel("leave")}>
        退会
      </Button>
      <Modal open={panel === "transfer"} title={`办理转会：${memberName}`} onClose={close} wide>
        {panel === "transfer" && <TransferForm memberId={memberId} memberName={memberName} orgId={orgId} orgName={orgName} onClose={close} />}
      </Modal>
      <Modal open={panel === "leave"} title={`办理退会：${memberName}`} onClose={close}>
        {panel === "leave" && <LeaveForm memberId={memberId} memberName={memberName} onClose={close} />}
      </Modal>
    </>
  );
}

function TransferForm({ memberId, memberName, orgId, orgName, onClose }: { memberId: string; memberName: string; orgId: number; orgName: string; onClose: () => void }) {
  const [target, setTarget] = useState<string | null>(null);
  const kit = useApiForm({
    schema: MemberTransferSchema,
    defaultValues: { toOrgId: undefined, transferredOn: todayCST(), reason: "" },
    request: (v) => ({ url: `/api/v1/members/${memberId}/transfer`, body: { toOrgId: v.toOrgId, transferredOn: v.transferredOn, ...(v.reason ? { reason: v.reason } : {}) } }),
    confirm: true,
    savedMessage: (): string => `已办理转会，${memberName}现属${target ?? "新工会"}。`,
    onSaved: onClose,
  });
  const { register } = kit.form;
  const err = kit.err;
  const c = kit.confirmation;
  return (
    <FormShell kit={kit} submitLabel="下一步" onCancel={onClose} className="space-y-4">
      <p className="text-sm text-muted">
        当前所在工会：<span className="text-gray-900">{orgName}</span>
      </p>
      <PickerField kit={kit} kind="union" excludeId={orgId} name="toOrgId" id="t-org" label="转入工会" required onPicked={(o) => setTarget(o?.name ?? null)} />
      <Field id="t-date" label="转会日期" required error={err("transferredOn")}>
        <input {...register("transferredOn")} {...controlAria("t-date", err("transferredOn"))} type="date" max={todayCST()} className={inputClass} />
      </Field>
      <Field id="t-reason" label="原因" error={err("reason")} hint="选填，不超过200字">
        <textarea {...register("reason")} {...controlAria("t-reason", err("reason"), "hint")} rows={3} className={inputClass} />
      </Field>
      <ConfirmDialog open={c !== null} title="确认办理转会" confirmLabel="确认转会" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
        <p>
          将会员 <strong>{memberName}</strong> 从“{orgName}”转入“{target}”，转会日期 {c?.values.transferredOn}。
        </p>
        <p className="mt-2 text-sm text-muted">转会后原工会不再管理该会员，转会记录将永久保留。</p>
      </ConfirmDialog>
    </FormShell>
  );
}

function LeaveForm({ memberId, memberName, onClose }: { memberId: string; memberName: string; onClose: () => void }) {
  const kit = useApiForm({
    schema: MemberLeaveSchema,
    defaultValues: { leftOn: todayCST(), reason: "" },
    request: (v) => ({ url: `/api/v1/members/${memberId}/leave`, body: v }),
    confirm: true,
    savedMessage: "已办理退会。",
    onSaved: onClose,
  });
  const { register } = kit.form;
  const err = kit.err;
  const c = kit.confirmation;
  return (
    <FormShell kit={kit} submitLabel="下一步" onCancel={onClose} className="space-y-4">
      <Field id="l-date" label="退会日期" required error={err("leftOn")}>
        <input {...register("leftOn")} {...controlAria("l-date", err("leftOn"))} type="date" max={todayCST()} className={inputClass} />
      </Field>
      <Field id="l-reason" label="原因" required error={err("reason")} hint="如：本人申请、退休、离开本地等，不超过200字">
        <textarea {...register("reason")} {...controlAria("l-reason", err("reason"), "hint")} rows={3} className={inputClass} />
      </Field>
      <ConfirmDialog open={c !== null} title="确认办理退会" confirmLabel="确认退会" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
        <p>
          会员 <strong>{memberName}</strong> 将于 {c?.values.leftOn} 退会。
        </p>
        <p className="mt-2 text-sm text-muted">退会后该会员不再计入在会人数，且不能再编辑或转会。此操作记入审计日志。</p>
      </ConfirmDialog>
    </FormShell>
  );
}
