"use client";
// Fund bookkeeping forms: set up a fund, change its budget, book money in
// (拨入), and reverse an allocation (冲正). Every movement is a new ledger
// entry; nothing here edits one.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { AllocationSchema, FundCreateSchema, FundUpdateSchema, ReversalSchema, type FundDto } from "@/lib/assistance/schema";
import { FUND_SOURCES, FUND_SOURCE_LABELS } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { Modal } from "../ui/modal";
import { ActionModal } from "./action-modal";
import { applyFieldErrors } from "./form-errors";

type FundValues = { orgId: string; year: string; source: string; name: string; budget: string };

export function NewFundButton({ orgs, year }: { orgs: { id: number; name: string }[]; year: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        设立资金
      </Button>
      <Modal open={open} title="设立帮扶资金" onClose={() => setOpen(false)} wide>
        {open && (
          <FundCreateForm
            orgs={orgs}
            year={year}
            onCancel={() => setOpen(false)}
            onDone={(id) => {
              setOpen(false);
              router.push(`/assistance/funds/${id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}

function FundCreateForm({ orgs, year, onCancel, onDone }: { orgs: { id: number; name: string }[]; year: number; onCancel: () => void; onDone: (id: string) => void }) {
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FundValues>({
    resolver: zodResolver(FundCreateSchema) as unknown as Resolver<FundValues>,
    defaultValues: { orgId: String(orgs[0]?.id ?? ""), year: String(year), source: "", name: `${year}年困难职工帮扶资金`, budget: "" },
    mode: "onTouched",
  });
  async function onSubmit(v: FundValues) {
    setErrorMsg(null);
    const res = await apiRequest<FundDto>("/api/v1/funds", { method: "POST", body: v });
    if (res.ok) return onDone(res.data.id);
    setErrorMsg(res.error.message);
    applyFieldErrors(res.error, ["orgId", "year", "source", "name", "budget"] as const, setError);
  }
  const err = (k: keyof FundValues) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="f-org" label="所属工会" required error={err("orgId")} className="sm:col-span-2">
          <select {...register("orgId")} {...controlAria("f-org", err("orgId"))} className={selectClass}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-year" label="年度" required error={err("year")}>
          <input {...register("year")} {...controlAria("f-year", err("year"))} inputMode="numeric" maxLength={4} className={inputClass} />
        </Field>
        <Field id="f-source" label="资金来源" required error={err("source")}>
          <select {...register("source")} {...controlAria("f-source", err("source"))} className={selectClass}>
            <option value="">请选择</option>
            {FUND_SOURCES.map((s) => (
              <option key={s} value={s}>
                {FUND_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-name" label="资金名称" required error={err("name")}>
          <input {...register("name")} {...controlAria("f-name", err("name"))} maxLength={100} className={inputClass} />
        </Field>
        <Field id="f-budget" label="年度预算（元）" required error={err("budget")}>
          <input {...register("budget")} {...controlAria("f-budget", err("budget"))} inputMode="decimal" maxLength={13} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          取消
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "设立资金"}
        </Button>
      </div>
    </form>
  );
}

type AllocationValues = { amount: string; note: string };

/** 拨入 and budget changes on a fund's page. */
export function FundActions({ fund }: { fund: FundDto }) {
  const router = useRouter();
  const [panel, setPanel] = useState<"allocate" | "budget" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (msg: string) => {
    setPanel(null);
    setDone(msg);
    router.refresh();
  };
  return (
    <>
      {done && (
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      )}
      <Button variant="primary" onClick={() => setPanel("allocate")}>
        资金拨入
      </Button>
      <Button onClick={() => setPanel("budget")}>修改预算</Button>
      <Modal open={panel === "allocate"} title={`资金拨入：${fund.name}`} onClose={() => setPanel(null)}>
        {panel === "allocate" && <AllocationForm fundId={fund.id} onCancel={() => setPanel(null)} onDone={(amount) => finish(`已拨入 ${formatYuan(amount)}。`)} />}
      </Modal>
      <Modal open={panel === "budget"} title={`修改预算：${fund.name}`} onClose={() => setPanel(null)}>
        {panel === "budget" && <BudgetForm fund={fund} onCancel={() => setPanel(null)} onDone={() => finish("已修改年度预算。")} />}
      </Modal>
    </>
  );
}

function AllocationForm({ fundId, onCancel, onDone }: { fundId: string; onCancel: () => void; onDone: (amount: string) => void }) {
  // One key per intended allocation: a retried submit books the money once.
  const [key] = useState(() => `ui-${crypto.randomUUID()}`);
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AllocationValues>({ resolver: zodResolver(AllocationSchema) as unknown as Resolver<AllocationValues>, defaultValues: { amount: "", note: "" }, mode: "onTouched" });
  async function onSubmit(v: AllocationValues) {
    setErrorMsg(null);
    const res = await fetch(`/api/v1/funds/${fundId}/allocations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "Idempotency-Key": key },
      body: JSON.stringify(v),
      credentials: "same-origin",
      cache: "no-store",
    }).catch(() => null);
    if (!res) return setErrorMsg("网络连接失败，请重试（重试不会重复记账）。");
    if (res.ok) return onDone(v.amount);
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string> } } | null;
    setErrorMsg(body?.error?.message ?? `拨入失败（${res.status}）`);
    if (body?.error) applyFieldErrors({ code: body.error.code, message: body.error.message, fields: body.error.fields }, ["amount", "note"] as const, setError);
  }
  const err = (k: keyof AllocationValues) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="a-amount" label="拨入金额（元）" required error={err("amount")}>
        <input {...register("amount")} {...controlAria("a-amount", err("amount"))} inputMode="decimal" maxLength={13} className={inputClass} />
      </Field>
      <Field id="a-note" label="资金来源说明" required error={err("note")} hint="如：市总工会下拨2026年送温暖专项资金">
        <input {...register("note")} {...controlAria("a-note", err("note"), "hint")} maxLength={500} className={inputClass} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          取消
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "正在记账…" : "确认拨入"}
        </Button>
      </div>
    </form>
  );
}

function BudgetForm({ fund, onCancel, onDone }: { fund: FundDto; onCancel: () => void; onDone: () => void }) {
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ budget: string }>({ resolver: zodResolver(FundUpdateSchema) as unknown as Resolver<{ budget: string }>, defaultValues: { budget: fund.budget } });
  async function onSubmit(v: { budget: string }) {
    const res = await apiRequest(`/api/v1/funds/${fund.id}`, { method: "PATCH", body: { budget: v.budget } });
    if (res.ok) return onDone();
    setErrorMsg(res.error.message);
  }
  const err = errors.budget?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="b-budget" label="年度预算（元）" required error={err} hint="预算是计划数；余额始终以台账合计为准">
        <input {...register("budget")} {...controlAria("b-budget", err, "hint")} inputMode="decimal" maxLength={13} className={inputClass} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          取消
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          保存
        </Button>
      </div>
    </form>
  );
}

/** 冲正 one allocation entry, from the ledger table. */
export function ReverseEntryButton({ fundId, entryId, amount }: { fundId: string; entryId: string; amount: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        冲正
      </Button>
      {open && (
        <ActionModal
          open
          title={`冲正第 ${entryId} 号分录`}
          description={`将新增一笔 ${formatYuan(`-${amount}`)} 的冲正分录，原分录保留。每笔分录只能冲正一次，冲正后余额不能为负。`}
          confirmLabel="确认冲正"
          danger
          reason="required"
          reasonLabel="冲正原因"
          schema={ReversalSchema}
          fixed={{}}
          submit={(body) => apiRequest(`/api/v1/funds/${fundId}/entries/${entryId}/reverse`, { method: "POST", body })}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      )}
    </>
  );
}
