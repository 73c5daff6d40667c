"use client";
// Buttons for exactly the workflow steps the server says this user may take
// now (GrantDetail.allowedActions), each confirmed in a dialog, with a reason
// where the rules require one. Disbursement picks a fund and a payment
// reference and carries an Idempotency-Key generated once per dialog, so a
// retried click can never pay twice.
import { useEffect, useState } from "react";
import { GrantDisburseSchema, GrantReasonSchema, GrantStepSchema, type FundDto } from "@/lib/assistance/schema";
import { ACTION_LABELS, type GrantAction } from "@/lib/assistance/grant-workflow";
import { formatYuan, toFen } from "@/lib/money";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { Modal } from "../ui/modal";
import { ActionModal } from "./action-modal";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

type Props = {
  grantId: string;
  memberName: string;
  amount: string;
  version: number;
  noticeDays: number;
  allowed: GrantAction[];
  canEdit: boolean;
};

const STEP: Partial<Record<GrantAction, { reason: "required" | "optional" | "none"; reasonLabel?: string; danger?: boolean; text: (p: Props) => string }>> = {
  submit: { reason: "none", text: () => "提交后由上级镇（街道）工会审核，草稿不能再修改。" },
  review: { reason: "optional", reasonLabel: "审核意见", text: () => "确认材料齐全、情况属实，报县（区）总工会审批。" },
  approve: { reason: "optional", reasonLabel: "审批意见", text: (p) => `审批通过后须公示 ${p.noticeDays} 天，期满无异议方可发放。` },
  "start-notice": { reason: "none", text: (p) => `今天起公示 ${p.noticeDays} 天；公示期满后的次日起可以发放。` },
  reject: { reason: "required", danger: true, text: () => "驳回后申请结束，需要时可重新申请。" },
  withdraw: { reason: "required", danger: true, text: () => "撤回后申请结束，需要时可重新申请。" },
  reverse: { reason: "required", danger: true, text: (p) => `将新增一笔 ${formatYuan(p.amount)} 的冲正分录退回资金，申请回到“已审批”，须重新公示后才能再次发放。` },
};

export function GrantActions(props: Props) {
  const [action, setAction] = useState<GrantAction | null>(null);
  const close = () => setAction(null);
  const step = action && action !== "disburse" ? STEP[action] : null;
  return (
    <>
      {props.canEdit && <ButtonLink href={`/assistance/grants/${props.grantId}/edit`}>编辑草稿</ButtonLink>}
      {props.allowed.map((a) => (
        <Button key={a} variant={a === "reject" || a === "withdraw" || a === "reverse" ? "danger" : "primary"} onClick={() => setAction(a)}>
          {ACTION_LABELS[a]}
        </Button>
      ))}
      {action && step && (
        <ActionModal
          open
          title={`${ACTION_LABELS[action]}：${props.memberName} ${formatYuan(props.amount)}`}
          description={step.text(props)}
          confirmLabel={`确认${ACTION_LABELS[action]}`}
          danger={step.danger}
          reason={step.reason}
          reasonLabel={step.reasonLabel}
          schema={step.reason === "required" ? GrantReasonSchema : GrantStepSchema}
          fixed={{ version: props.version }}
          url={`/api/v1/grants/${props.grantId}/${action}`}
          savedMessage={`已${ACTION_LABELS[action]}。`}
          onClose={close}
          onDone={close}
        />
      )}
      <Modal open={action === "disburse"} title={`发放：${props.memberName} ${formatYuan(props.amount)}`} onClose={() => setAction(null)} wide>
        {action === "disburse" && <DisburseForm {...props} onClose={close} />}
      </Modal>
    </>
  );
}

function DisburseForm({ grantId, amount, version, onClose }: Props & { onClose: () => void }) {
  // One key per intended payment: a retry after a lost response replays, never pays twice.
  const [key] = useState(() => `ui-${crypto.randomUUID()}`);
  const [funds, setFunds] = useState<FundDto[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    apiRequest<{ data: FundDto[] }>(`/api/v1/funds?forGrant=${grantId}&pageSize=50`, { signal: ctrl.signal })
      .then((r) => {
        if (r.ok) setFunds(r.data.data);
        else setLoadError(r.error.message);
      })
      .catch(() => {
        /* aborted */
      });
    return () => ctrl.abort();
  }, [grantId]);
  const kit = useApiForm({
    schema: GrantDisburseSchema,
    defaultValues: { fundId: "", paymentRef: "" },
    request: (v) => ({ url: `/api/v1/grants/${grantId}/disburse`, body: { ...v, version }, headers: { "Idempotency-Key": key } }),
    savedMessage: "已发放，资金台账已记账。",
    onSaved: onClose,
  });
  const { register } = kit.form;
  const err = kit.err;
  const covers = (f: FundDto) => toFen(f.balance) >= toFen(amount);
  return (
    <FormShell kit={kit} submitLabel={`确认发放 ${formatYuan(amount)}`} onCancel={onClose} className="space-y-4">
      <p className="text-[15px] text-gray-700">发放后资金台账新增一笔 {formatYuan(`-${amount}`)} 的发放分录；如需更正只能冲正，不能修改。</p>
      {loadError && <Alert tone="error">{loadError}</Alert>}
      <Field id="d-fund" label="支出资金" required error={err("fundId")} hint="会员所在工会或其上级工会的资金，余额须足以支付">
        <select {...register("fundId")} {...controlAria("d-fund", err("fundId"), "hint")} className={selectClass}>
          <option value="">{funds === null ? "正在加载…" : funds.length ? "请选择" : "没有可用的资金"}</option>
          {funds?.map((f) => (
            <option key={f.id} value={f.id} disabled={!covers(f)}>
              {f.orgName} · {f.name} · 余额 {formatYuan(f.balance)}
              {covers(f) ? "" : "（余额不足）"}
            </option>
          ))}
        </select>
      </Field>
      <Field id="d-ref" label="支付凭证号" required error={err("paymentRef")} hint="银行转账流水号或现金支付凭证号">
        <input {...register("paymentRef")} {...controlAria("d-ref", err("paymentRef"), "hint")} autoComplete="off" className={inputClass} />
      </Field>
    </FormShell>
  );
}
