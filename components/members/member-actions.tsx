"use client";
// Actions on an active member: edit, transfer (转会) and leave (退会). Transfer
// and leave are validated with the API's schemas, then confirmed in a dialog
// before the request is sent; afterwards the page is refreshed from the server.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { MemberLeaveSchema, MemberTransferSchema } from "@/lib/members/schema";
import { todayCST } from "@/lib/dates";
import { apiRequest, type ApiError } from "../api";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Alert } from "../ui/alert";
import { Field, controlAria, inputClass } from "../ui/field";
import { OrgPicker, type PickedOrg } from "../orgs/org-picker";

type Props = { memberId: string; memberName: string; orgId: number; orgName: string; active: boolean };

type TransferValues = { toOrgId?: number; transferredOn: string; reason: string };
type LeaveValues = { leftOn: string; reason: string };

export function MemberActions({ memberId, memberName, orgId, orgName, active }: Props) {
  const router = useRouter();
  const [panel, setPanel] = useState<"transfer" | "leave" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!active) {
    return done ? (
      <p role="status" className="text-sm text-emerald-800">
        {done}
      </p>
    ) : null;
  }
  const finish = (message: string) => {
    setPanel(null);
    setDone(message);
    router.refresh();
  };
  return (
    <>
      {done && (
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      )}
      <ButtonLink href={`/members/${memberId}/edit`}>编辑</ButtonLink>
      <Button onClick={() => setPanel("transfer")}>转会</Button>
      <Button variant="danger" onClick={() => setPanel("leave")}>
        退会
      </Button>
      <Modal open={panel === "transfer"} title={`办理转会：${memberName}`} onClose={() => setPanel(null)} wide>
        {panel === "transfer" && (
          <TransferForm memberId={memberId} memberName={memberName} orgId={orgId} orgName={orgName} onCancel={() => setPanel(null)} onDone={finish} />
        )}
      </Modal>
      <Modal open={panel === "leave"} title={`办理退会：${memberName}`} onClose={() => setPanel(null)}>
        {panel === "leave" && <LeaveForm memberId={memberId} memberName={memberName} onCancel={() => setPanel(null)} onDone={finish} />}
      </Modal>
    </>
  );
}

/** Field errors from the API onto the form; returns whether any landed. */
function applyFieldErrors<K extends string>(error: ApiError, keys: readonly K[], setError: (k: K, e: { type: string; message: string }) => void) {
  let any = false;
  for (const [k, message] of Object.entries(error.fields ?? {})) {
    if ((keys as readonly string[]).includes(k)) {
      setError(k as K, { type: "server", message });
      any = true;
    }
  }
  return any;
}

function TransferForm({ memberId, memberName, orgId, orgName, onCancel, onDone }: { memberId: string; memberName: string; orgId: number; orgName: string; onCancel: () => void; onDone: (m: string) => void }) {
  const [target, setTarget] = useState<PickedOrg | null>(null);
  const [pending, setPending] = useState<TransferValues | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TransferValues>({
    resolver: zodResolver(MemberTransferSchema) as unknown as Resolver<TransferValues>,
    defaultValues: { toOrgId: undefined, transferredOn: todayCST(), reason: "" },
    mode: "onTouched",
  });

  async function send() {
    if (!pending) return;
    setBusy(true);
    setErrorMsg(null);
    const res = await apiRequest(`/api/v1/members/${memberId}/transfer`, {
      method: "POST",
      body: { toOrgId: pending.toOrgId, transferredOn: pending.transferredOn, ...(pending.reason ? { reason: pending.reason } : {}) },
    });
    setBusy(false);
    if (res.ok) {
      onDone(`已办理转会，${memberName}现属${target?.name ?? "新工会"}。`);
      return;
    }
    setPending(null);
    setErrorMsg(res.error.message);
    applyFieldErrors(res.error, ["toOrgId", "transferredOn", "reason"] as const, setError);
  }

  const err = (k: keyof TransferValues) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit((v) => setPending(v))} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <p className="text-sm text-muted">
        当前所在工会：<span className="text-gray-900">{orgName}</span>
      </p>
      <Field id="t-org" label="转入工会" required error={err("toOrgId")}>
        <Controller
          control={control}
          name="toOrgId"
          render={({ field }) => (
            <OrgPicker
              value={target}
              excludeId={orgId}
              onBlur={field.onBlur}
              onChange={(o) => {
                setTarget(o);
                field.onChange(o?.id);
              }}
              {...controlAria("t-org", err("toOrgId"))}
                    id="t-org"
            />
          )}
        />
      </Field>
      <Field id="t-date" label="转会日期" required error={err("transferredOn")}>
        <input {...register("transferredOn")} {...controlAria("t-date", err("transferredOn"))} type="date" max={todayCST()} className={inputClass} />
      </Field>
      <Field id="t-reason" label="原因" error={err("reason")} hint="选填，不超过200字">
        <textarea {...register("reason")} {...controlAria("t-reason", err("reason"), "hint")} rows={3} maxLength={200} className={inputClass} />
      </Field>
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel}>取消</Button>
        <Button type="submit" variant="primary">
          下一步
        </Button>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title="确认办理转会"
        confirmLabel="确认转会"
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={send}
      >
        <p>
          将会员 <strong>{memberName}</strong> 从“{orgName}”转入“{target?.name}”，转会日期 {pending?.transferredOn}。
        </p>
        <p className="mt-2 text-sm text-muted">转会后原工会不再管理该会员，转会记录将永久保留。</p>
      </ConfirmDialog>
    </form>
  );
}

function LeaveForm({ memberId, memberName, onCancel, onDone }: { memberId: string; memberName: string; onCancel: () => void; onDone: (m: string) => void }) {
  const [pending, setPending] = useState<LeaveValues | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LeaveValues>({
    resolver: zodResolver(MemberLeaveSchema) as unknown as Resolver<LeaveValues>,
    defaultValues: { leftOn: todayCST(), reason: "" },
    mode: "onTouched",
  });

  async function send() {
    if (!pending) return;
    setBusy(true);
    setErrorMsg(null);
    const res = await apiRequest(`/api/v1/members/${memberId}/leave`, { method: "POST", body: pending });
    setBusy(false);
    if (res.ok) {
      onDone(`已办理退会。`);
      return;
    }
    setPending(null);
    setErrorMsg(res.error.message);
    applyFieldErrors(res.error, ["leftOn", "reason"] as const, setError);
  }

  const err = (k: keyof LeaveValues) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit((v) => setPending(v))} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="l-date" label="退会日期" required error={err("leftOn")}>
        <input {...register("leftOn")} {...controlAria("l-date", err("leftOn"))} type="date" max={todayCST()} className={inputClass} />
      </Field>
      <Field id="l-reason" label="原因" required error={err("reason")} hint="如：本人申请、退休、离开本地等，不超过200字">
        <textarea {...register("reason")} {...controlAria("l-reason", err("reason"), "hint")} rows={3} maxLength={200} className={inputClass} />
      </Field>
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel}>取消</Button>
        <Button type="submit" variant="primary">
          下一步
        </Button>
      </div>
      <ConfirmDialog open={pending !== null} title="确认办理退会" confirmLabel="确认退会" busy={busy} onCancel={() => setPending(null)} onConfirm={send}>
        <p>
          会员 <strong>{memberName}</strong> 将于 {pending?.leftOn} 退会。
        </p>
        <p className="mt-2 text-sm text-muted">退会后该会员不再计入在会人数，且不能再编辑或转会。此操作记入审计日志。</p>
      </ConfirmDialog>
    </form>
  );
}
