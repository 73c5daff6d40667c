"use client";
// The lifecycle steps the signed-in user may take on a contract (the server
// lists them in `transitions`). Each opens a panel with the fields the step
// needs, validated with the API's schema for that step, then an explicit
// confirmation; the request carries the contract's version so a step taken by
// someone else in the meantime is refused instead of overwritten.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TRANSITION_SCHEMAS } from "@/lib/contracts/schema";
import { transitionLabel } from "@/lib/contracts/contract-workflow";
import { CONTRACT_STATUS_LABELS, type ContractStatus } from "@/lib/contracts/labels";
import { termEnd, todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass } from "../ui/field";

type Target = Exclude<ContractStatus, "OFFERED">;
type Props = { id: string; title: string; status: ContractStatus; version: number; transitions: ContractStatus[] };

export function ContractActions({ id, title, status, version, transitions }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<Target | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const targets = transitions.filter((t): t is Target => t !== "OFFERED");
  return (
    <>
      {done && (
        <p role="status" className="w-full text-sm text-emerald-800">
          {done}
        </p>
      )}
      {targets.map((t) => (
        <Button key={t} variant={t === "EXPIRED" || (t === "NEGOTIATING" && status === "SUBMITTED") ? "danger" : "primary"} onClick={() => setOpen(t)}>
          {transitionLabel(status, t)}
        </Button>
      ))}
      {open && (
        <Modal open title={`${transitionLabel(status, open)}：${title}`} onClose={() => setOpen(null)} wide>
          <StepForm
            id={id}
            title={title}
            from={status}
            to={open}
            version={version}
            onCancel={() => setOpen(null)}
            onDone={(message, goTo) => {
              setOpen(null);
              setDone(message);
              if (goTo) router.push(goTo);
              router.refresh();
            }}
          />
        </Modal>
      )}
    </>
  );
}

type Values = {
  to: Target;
  on: string;
  note: string;
  version: number;
  votesFor?: string;
  votesAgainst?: string;
  votesAbstain?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  title?: string;
};

function StepForm({ id, title, from, to, version, onCancel, onDone }: { id: string; title: string; from: ContractStatus; to: Target; version: number; onCancel: () => void; onDone: (message: string, goTo?: string) => void }) {
  const today = todayCST();
  const [pending, setPending] = useState<Values | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorMsg] = useState<string | null>(null);
  const returning = to === "NEGOTIATING" && from === "SUBMITTED";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(TRANSITION_SCHEMAS[to]) as unknown as Resolver<Values>,
    defaultValues: {
      to,
      on: today,
      note: "",
      version,
      ...(to === "CONGRESS_APPROVED" ? { votesFor: "", votesAgainst: "0", votesAbstain: "0" } : {}),
      ...(to === "IN_FORCE" ? { effectiveFrom: today, effectiveTo: termEnd(today, 1) } : {}),
      ...(to === "RENEWED" ? { title: `${title}（续订）`.slice(0, 200) } : {}),
    },
    mode: "onTouched",
  });

  async function send() {
    if (!pending) return;
    setBusy(true);
    setErrorMsg(null);
    const body: Record<string, unknown> = { ...pending };
    if (!pending.note) delete body.note;
    const res = await apiRequest<{ renewalId: string | null }>(`/api/v1/contracts/${id}/transition`, { method: "POST", body });
    setBusy(false);
    if (res.ok) {
      onDone(`已办理：${CONTRACT_STATUS_LABELS[to]}`, to === "RENEWED" && res.data.renewalId ? `/contracts/${res.data.renewalId}` : undefined);
      return;
    }
    setPending(null);
    setErrorMsg(res.error.code === "CONFLICT" ? `${res.error.message}` : res.error.message);
    for (const [k, message] of Object.entries(res.error.fields ?? {})) {
      if (["on", "note", "votesFor", "votesAgainst", "votesAbstain", "effectiveFrom", "effectiveTo", "title"].includes(k)) setError(k as keyof Values, { type: "server", message });
    }
  }

  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  const dateLabel = { NEGOTIATING: returning ? "退回日期" : "开始协商日期", CONGRESS_APPROVED: "职代会审议日期", SIGNED: "签订日期", SUBMITTED: "报送日期", IN_FORCE: "审查通过日期", EXPIRED: "办理日期", RENEWED: "续订要约日期" }[to];

  return (
    <form onSubmit={handleSubmit((v) => setPending(v))} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <input type="hidden" {...register("to")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="s-on" label={dateLabel} required error={err("on")}>
          <input {...register("on")} {...controlAria("s-on", err("on"))} type="date" max={today} className={inputClass} />
        </Field>
        {to === "CONGRESS_APPROVED" && (
          <>
            <Field id="s-for" label="赞成票" required error={err("votesFor")} hint="须超过投票总数（赞成+反对+弃权）的半数">
              <input {...register("votesFor")} {...controlAria("s-for", err("votesFor"), "hint")} type="number" min={0} inputMode="numeric" className={inputClass} />
            </Field>
            <Field id="s-against" label="反对票" required error={err("votesAgainst")}>
              <input {...register("votesAgainst")} {...controlAria("s-against", err("votesAgainst"))} type="number" min={0} inputMode="numeric" className={inputClass} />
            </Field>
            <Field id="s-abstain" label="弃权票" required error={err("votesAbstain")}>
              <input {...register("votesAbstain")} {...controlAria("s-abstain", err("votesAbstain"))} type="number" min={0} inputMode="numeric" className={inputClass} />
            </Field>
          </>
        )}
        {to === "IN_FORCE" && (
          <>
            <Field id="s-from" label="合同起始日期" required error={err("effectiveFrom")}>
              <input {...register("effectiveFrom")} {...controlAria("s-from", err("effectiveFrom"))} type="date" className={inputClass} />
            </Field>
            <Field id="s-to" label="合同终止日期" required error={err("effectiveTo")} hint="期限一般为1至3年，最长3年">
              <input {...register("effectiveTo")} {...controlAria("s-to", err("effectiveTo"), "hint")} type="date" className={inputClass} />
            </Field>
          </>
        )}
        {to === "RENEWED" && (
          <Field id="s-title" label="续订合同名称" required error={err("title")} className="sm:col-span-2" hint="续订将新建一份要约状态的合同，双方和覆盖企业与本合同相同">
            <input {...register("title")} {...controlAria("s-title", err("title"), "hint")} className={inputClass} />
          </Field>
        )}
        <Field id="s-note" label={returning ? "审查意见" : "说明"} required={returning} error={err("note")} className="sm:col-span-2" hint={returning ? "人力资源社会保障部门提出的异议" : "选填，不超过500字"}>
          <textarea {...register("note")} {...controlAria("s-note", err("note"), "hint")} rows={2} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel}>取消</Button>
        <Button type="submit" variant="primary">
          下一步
        </Button>
      </div>
      <ConfirmDialog open={pending !== null} title={`确认${transitionLabel(from, to)}`} confirmLabel="确认办理" busy={busy} onCancel={() => setPending(null)} onConfirm={send}>
        <p>
          《{title}》将由“{CONTRACT_STATUS_LABELS[from]}”变更为“{CONTRACT_STATUS_LABELS[to]}”，日期 {pending?.on}。
        </p>
        {to === "CONGRESS_APPROVED" && pending && (
          <p className="mt-2">
            表决结果：赞成 {pending.votesFor} 票，反对 {pending.votesAgainst} 票，弃权 {pending.votesAbstain} 票。
          </p>
        )}
        {to === "IN_FORCE" && pending && (
          <p className="mt-2">
            合同期限：{pending.effectiveFrom} 至 {pending.effectiveTo}。
          </p>
        )}
        <p className="mt-2 text-sm text-muted">办理记录和审计日志将记录此次操作，办理后不能撤回。</p>
      </ConfirmDialog>
    </form>
  );
}
