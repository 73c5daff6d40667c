"use client";
// Fund bookkeeping forms: set up a fund, change its budget, book money in
// (拨入), and reverse an allocation (冲正). Every movement is a new ledger
// entry; nothing here edits one.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { AllocationSchema, FundCreateSchema, FundUpdateSchema, ReversalSchema, type FundDto } from "@/lib/assistance/schema";
import { FUND_SOURCES, FUND_SOURCE_LABELS } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { Modal } from "../ui/modal";
import { ActionModal } from "./action-modal";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

export function NewFundButton({ orgs, year }: { orgs: { id: number; name: string }[]; year: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        设立资金
      </Button>
      <Modal open={open} title="设立帮扶资金" onClose={() => setOpen(false)} wide>
        {open && (
          <FundCreateForm orgs={orgs} year={year} onCancel={() => setOpen(false)} />
        )}
      </Modal>
    </>
  );
}

function FundCreateForm({ orgs, year, onCancel }: { orgs: { id: number; name: string }[]; year: number; onCancel: () => void }) {
  const kit = useApiForm({
    schema: FundCreateSchema,
    defaultValues: { orgId: String(orgs[0]?.id ?? ""), year: String(year), source: undefined, name: `${year}年困难职工帮扶资金`, budget: "" },
    request: (v) => ({ url: "/api/v1/funds", body: v }),
    savedHref: (d) => `/assistance/funds/${d.id}`,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="设立资金" onCancel={onCancel} className="space-y-4">
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
          <input {...register("year")} {...controlAria("f-year", err("year"))} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="f-source" label="资金来源" required error={err("source")}>
          <select {...register("source", { setValueAs: (v: string) => v || undefined })} {...controlAria("f-source", err("source"))} className={selectClass}>
            <option value="">请选择</option>
            {FUND_SOURCES.map((s) => (
              <option key={s} value={s}>
                {FUND_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-name" label="资金名称" required error={err("name")}>
          <input {...register("name")} {...controlAria("f-name", err("name"))} className={inputClass} />
        </Field>
        <Field id="f-budget" label="年度预算（元）" required error={err("budget")}>
          <input {...register("budget")} {...controlAria("f-budget", err("budget"))} inputMode="decimal" className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}

/** 拨入 and budget changes on a fund's page; 保存成功 (or 已拨入 …) shows above the page. */
export function FundActions({ fund }: { fund: FundDto }) {
  const [panel, setPanel] = useState<"allocate" | "budget" | null>(null);
  const close = () => setPanel(null);
  return (
    <>
      <Button variant="primary" onClick={() => setPanel("allocate")}>
        资金拨入
      </Button>
      <Button onClick={() => setPanel("budget")}>修改预算</Button>
      <Modal open={panel === "allocate"} title={`资金拨入：${fund.name}`} onClose={close}>
        {panel === "allocate" && <AllocationForm fundId={fund.id} onClose={close} />}
      </Modal>
      <Modal open={panel === "budget"} title={`修改预算：${fund.name}`} onClose={close}>
        {panel === "budget" && <BudgetForm fund={fund} onClose={close} />}
      </Modal>
    </>
  );
}

function AllocationForm({ fundId, onClose }: { fundId: string; onClose: () => void }) {
  // One key per intended allocation: a retried submit books the money once.
  const [key] = useState(() => `ui-${crypto.randomUUID()}`);
  const kit = useApiForm({
    schema: AllocationSchema,
    defaultValues: { amount: "", note: "" },
    request: (v) => ({ url: `/api/v1/funds/${fundId}/allocations`, body: v, headers: { "Idempotency-Key": key } }),
    savedMessage: (): string => `已拨入 ${formatYuan(kit.form.getValues("amount"))}。`,
    onSaved: onClose,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="确认拨入" onCancel={onClose} className="space-y-4">
      <Field id="a-amount" label="拨入金额（元）" required error={err("amount")}>
        <input {...register("amount")} {...controlAria("a-amount", err("amount"))} inputMode="decimal" className={inputClass} />
      </Field>
      <Field id="a-note" label="资金来源说明" required error={err("note")} hint="如：市总工会下拨2026年送温暖专项资金">
        <input {...register("note")} {...controlAria("a-note", err("note"), "hint")} className={inputClass} />
      </Field>
    </FormShell>
  );
}

function BudgetForm({ fund, onClose }: { fund: FundDto; onClose: () => void }) {
  const kit = useApiForm({
    schema: FundUpdateSchema,
    defaultValues: { budget: fund.budget },
    request: (v) => ({ url: `/api/v1/funds/${fund.id}`, method: "PATCH", body: { budget: v.budget } }),
    savedMessage: "已修改年度预算。",
    onSaved: onClose,
  });
  const err = kit.err("budget");
  return (
    <FormShell kit={kit} submitLabel="保存" onCancel={onClose} className="space-y-4">
      <Field id="b-budget" label="年度预算（元）" required error={err} hint="预算是计划数；余额始终以台账合计为准">
        <input {...kit.form.register("budget")} {...controlAria("b-budget", err, "hint")} inputMode="decimal" className={inputClass} />
      </Field>
    </FormShell>
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
          url={`/api/v1/funds/${fundId}/entries/${entryId}/reverse`}
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
