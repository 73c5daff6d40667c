"use client";
// The lifecycle steps the signed-in user may take on a contract (the server
// lists them in `transitions`). Each opens a panel with the fields the step
// needs, validated with the API's schema for that step, then an explicit
// confirmation; the request carries the contract's version so a step taken by
// someone else in the meantime is refused instead of overwritten.
import { useState } from "react";
import { ContractTransitionSchema } from "@/lib/contracts/schema";
import { transitionLabel } from "@/lib/contracts/contract-workflow";
import { CONTRACT_STATUS_LABELS, type ContractStatus } from "@/lib/contracts/labels";
import { termEnd, todayCST } from "@/lib/dates";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { TextField } from "../form/fields";

type Target = Exclude<ContractStatus, "OFFERED">;
type Props = { id: string; title: string; status: ContractStatus; version: number; transitions: ContractStatus[] };

export function ContractActions({ id, title, status, version, transitions }: Props) {
  const [open, setOpen] = useState<Target | null>(null);
  const targets = transitions.filter((t): t is Target => t !== "OFFERED");
  return (
    <>
      {targets.map((t) => (
        <Button key={t} variant={t === "EXPIRED" || (t === "NEGOTIATING" && status === "SUBMITTED") ? "danger" : "primary"} onClick={() => setOpen(t)}>
          {transitionLabel(status, t)}
        </Button>
      ))}
      {open && (
        <Modal open title={`${transitionLabel(status, open)}：${title}`} onClose={() => setOpen(null)} wide>
          <StepForm id={id} title={title} from={status} to={open} version={version} onClose={() => setOpen(null)} />
        </Modal>
      )}
    </>
  );
}

const DATE_LABELS: Record<Target, string> = { NEGOTIATING: "开始协商日期", CONGRESS_APPROVED: "职代会审议日期", SIGNED: "签订日期", SUBMITTED: "报送日期", IN_FORCE: "审查通过日期", EXPIRED: "办理日期", RENEWED: "续订要约日期" };

/** One step on the form kit: the API's own schema for the step (chosen by `to`), a confirmation, then the step's words above the page. */
function StepForm({ id, title, from, to, version, onClose }: { id: string; title: string; from: ContractStatus; to: Target; version: number; onClose: () => void }) {
  const today = todayCST();
  const returning = to === "NEGOTIATING" && from === "SUBMITTED";
  const kit = useApiForm({
    schema: ContractTransitionSchema,
    defaultValues: {
      to,
      on: today,
      note: "",
      version,
      ...(to === "CONGRESS_APPROVED" ? { votesFor: "", votesAgainst: "0", votesAbstain: "0" } : {}),
      ...(to === "IN_FORCE" ? { effectiveFrom: today, effectiveTo: termEnd(today, 1) } : {}),
      ...(to === "RENEWED" ? { title: `${title}（续订）`.slice(0, 200) } : {}),
    },
    request: (v) => ({ url: `/api/v1/contracts/${id}/transition`, body: { ...v, note: v.note || undefined } }),
    confirm: true,
    savedMessage: `已办理：${CONTRACT_STATUS_LABELS[to]}`,
    // A renewal is a new contract at 要约: the page moves to it; any other step stays on this one.
    savedHref: to === "RENEWED" ? (d: { renewalId: string | null }) => `/contracts/${d.renewalId ?? id}` : undefined,
    onSaved: onClose,
  });
  const c = kit.confirmation;
  const v = c?.values;
  return (
    <FormShell kit={kit} submitLabel="下一步" onCancel={onClose} className="space-y-4">
      <input type="hidden" {...kit.form.register("to")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField kit={kit} name="on" id="s-on" label={returning ? "退回日期" : DATE_LABELS[to]} required type="date" max={today} />
        {to === "CONGRESS_APPROVED" && (
          <>
            <TextField kit={kit} name="votesFor" id="s-for" label="赞成票" required hint="须超过投票总数（赞成+反对+弃权）的半数" type="number" min={0} inputMode="numeric" />
            <TextField kit={kit} name="votesAgainst" id="s-against" label="反对票" required type="number" min={0} inputMode="numeric" />
            <TextField kit={kit} name="votesAbstain" id="s-abstain" label="弃权票" required type="number" min={0} inputMode="numeric" />
          </>
        )}
        {to === "IN_FORCE" && (
          <>
            <TextField kit={kit} name="effectiveFrom" id="s-from" label="合同起始日期" required type="date" />
            <TextField kit={kit} name="effectiveTo" id="s-to" label="合同终止日期" required hint="期限一般为1至3年，最长3年" type="date" />
          </>
        )}
        {to === "RENEWED" && <TextField kit={kit} name="title" id="s-title" label="续订合同名称" required className="sm:col-span-2" hint="续订将新建一份要约状态的合同，双方和覆盖企业与本合同相同" />}
        <TextField kit={kit} name="note" id="s-note" label={returning ? "审查意见" : "说明"} required={returning} rows={2} className="sm:col-span-2" hint={returning ? "人力资源社会保障部门提出的异议" : "选填，不超过500字"} />
      </div>
      <ConfirmDialog open={c !== null} title={`确认${transitionLabel(from, to)}`} confirmLabel="确认办理" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
        <p>
          《{title}》将由“{CONTRACT_STATUS_LABELS[from]}”变更为“{CONTRACT_STATUS_LABELS[to]}”，日期 {v?.on}。
        </p>
        {v?.to === "CONGRESS_APPROVED" && (
          <p className="mt-2">
            表决结果：赞成 {v.votesFor} 票，反对 {v.votesAgainst} 票，弃权 {v.votesAbstain} 票。
          </p>
        )}
        {v?.to === "IN_FORCE" && (
          <p className="mt-2">
            合同期限：{v.effectiveFrom} 至 {v.effectiveTo}。
          </p>
        )}
        <p className="mt-2 text-sm text-muted">办理记录和审计日志将记录此次操作，办理后不能撤回。</p>
      </ConfirmDialog>
    </FormShell>
  );
}
