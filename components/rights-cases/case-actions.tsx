"use client";
// The steps of a rights case on its page: reveal the facts (audited), accept,
// hand over, refer, close, follow up. Each posts to the API, keeps what was
// typed on an error (the API's Chinese message shown), and refreshes the page.
import { SCORES, SCORE_LABELS } from "../form/scores";
import { useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { RIGHTS_REFERRALS, RIGHTS_REFERRAL_LABELS } from "@/lib/rights-cases/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest, type ApiError } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { orgSearch } from "../programmes/search";

function useAct(url: string) {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(body: unknown) {
    setBusy(true);
    setError(null);
    const res = await apiRequest(url, { method: "POST", body });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    router.refresh();
  }
  return { act, error, busy };
}

function ActForm({ title, error, busy, label, onSubmit, children }: { title: string; error: ApiError | null; busy: boolean; label: string; onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      aria-label={title}
      className="space-y-3 rounded-md border border-line p-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="font-medium text-gray-900">{title}</h3>
      {error && <Alert tone="error">{error.message}</Alert>}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">{children}</div>
      <Button type="submit" variant="primary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? "正在保存…" : label}
      </Button>
    </form>
  );
}

const fieldError = (e: ApiError | null, k: string) => e?.fields?.[k];

export function RevealFacts({ caseId }: { caseId: string }) {
  const [facts, setFacts] = useState<{ facts: string; outcome: string | null; phone: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function reveal() {
    const res = await apiRequest<{ facts: string; outcome: string | null; phone: string | null }>(`/api/v1/rights-cases/${caseId}/facts`, { method: "POST" });
    if (!res.ok) return setError(res.error.message);
    setFacts(res.data);
  }
  if (facts)
    return (
      <dl className="space-y-2 text-sm">
        <dt className="text-muted">案情</dt>
        <dd className="whitespace-pre-wrap">{facts.facts}</dd>
        {facts.phone && (
          <>
            <dt className="text-muted">联系电话</dt>
            <dd>{facts.phone}</dd>
          </>
        )}
        {facts.outcome && (
          <>
            <dt className="text-muted">办理结果</dt>
            <dd className="whitespace-pre-wrap">{facts.outcome}</dd>
          </>
        )}
      </dl>
    );
  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      <p className="text-sm text-muted">案情加密保存，查看将记入审计日志。</p>
      <Button onClick={reveal}>查看案情</Button>
    </div>
  );
}

export function AcceptForm({ caseId, min }: { caseId: string; min: string }) {
  const [on, setOn] = useState(todayCST());
  const { act, error, busy } = useAct(`/api/v1/rights-cases/${caseId}/accept`);
  return (
    <ActForm title="受理" label="受理" error={error} busy={busy} onSubmit={() => act({ acceptedOn: on })}>
      <Field id="a-on" label="受理日期" required error={fieldError(error, "acceptedOn")}>
        <input id="a-on" type="date" min={min} value={on} onChange={(e) => setOn(e.target.value)} className={inputClass} />
      </Field>
    </ActForm>
  );
}

export function HandoverForm({ caseId, scopeId, parent }: { caseId: string; scopeId: number; parent: Picked | null }) {
  const [to, setTo] = useState<Picked | null>(null);
  const [on, setOn] = useState(todayCST());
  const [note, setNote] = useState("");
  const search = useMemo(() => orgSearch(scopeId), [scopeId]);
  const { act, error, busy } = useAct(`/api/v1/rights-cases/${caseId}/handover`);
  return (
    <ActForm title="移交办理" label="移交" error={error} busy={busy} onSubmit={() => act({ toOrgId: to ? Number(to.id) : undefined, on, note })}>
      <Field id="h-to" label="移交给" required error={fieldError(error, "toOrgId")} hint={parent ? `下级工会，或上级：${parent.name}` : "下级工会"}>
        <EntityPicker value={to} search={search} listLabel="组织候选" emptyText="没有匹配的组织" placeholder="输入组织名称搜索" onChange={setTo} id="h-to" />
        {parent && (
          <button type="button" className="mt-1 text-sm text-sky-800 underline" onClick={() => setTo(parent)}>
            移交上级：{parent.name}
          </button>
        )}
      </Field>
      <Field id="h-on" label="移交日期" required error={fieldError(error, "on")}>
        <input id="h-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} className={inputClass} />
      </Field>
      <Field id="h-note" label="移交说明" error={fieldError(error, "note")}>
        <input id="h-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} className={inputClass} />
      </Field>
    </ActForm>
  );
}

export function ReferForm({ caseId }: { caseId: string }) {
  const [referral, setReferral] = useState("");
  const [ref, setRef] = useState("");
  const [on, setOn] = useState(todayCST());
  const { act, error, busy } = useAct(`/api/v1/rights-cases/${caseId}/refer`);
  return (
    <ActForm title="转外部机构办理" label="转办" error={error} busy={busy} onSubmit={() => act({ referral, referralRef: ref, on })}>
      <Field id="r-to" label="转办机构" required error={fieldError(error, "referral")}>
        <select id="r-to" value={referral} onChange={(e) => setReferral(e.target.value)} className={selectClass}>
          <option value="">请选择</option>
          {RIGHTS_REFERRALS.map((r) => (
            <option key={r} value={r}>
              {RIGHTS_REFERRAL_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="r-ref" label="转办文号或编号" required error={fieldError(error, "referralRef")}>
        <input id="r-ref" value={ref} maxLength={100} onChange={(e) => setRef(e.target.value)} className={inputClass} />
      </Field>
      <Field id="r-on" label="转办日期" required error={fieldError(error, "on")}>
        <input id="r-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} className={inputClass} />
      </Field>
    </ActForm>
  );
}

export function CloseCaseForm({ caseId, money }: { caseId: string; money: boolean }) {
  const [on, setOn] = useState(todayCST());
  const [outcome, setOutcome] = useState("");
  const [amount, setAmount] = useState("");
  const { act, error, busy } = useAct(`/api/v1/rights-cases/${caseId}/close`);
  return (
    <ActForm title="办结" label="办结" error={error} busy={busy} onSubmit={() => act({ closedOn: on, outcome, ...(amount ? { moneyRecovered: amount } : {}) })}>
      <Field id="c-on" label="办结日期" required error={fieldError(error, "closedOn")}>
        <input id="c-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} className={inputClass} />
      </Field>
      <Field id="c-outcome" label="办理结果" required error={fieldError(error, "outcome")} hint="加密保存">
        <input id="c-outcome" value={outcome} maxLength={2000} onChange={(e) => setOutcome(e.target.value)} className={inputClass} />
      </Field>
      {money && (
        <Field id="c-money" label="追回金额（元）" error={fieldError(error, "moneyRecovered")}>
          <input id="c-money" value={amount} inputMode="decimal" maxLength={13} onChange={(e) => setAmount(e.target.value)} className={inputClass} />
        </Field>
      )}
    </ActForm>
  );
}

export function FollowUpForm({ caseId }: { caseId: string }) {
  const [on, setOn] = useState(todayCST());
  const [sat, setSat] = useState("");
  const { act, error, busy } = useAct(`/api/v1/rights-cases/${caseId}/follow-up`);
  return (
    <ActForm title="回访" label="保存回访" error={error} busy={busy} onSubmit={() => act({ followedUpOn: on, satisfaction: sat })}>
      <Field id="f-on" label="回访日期" required error={fieldError(error, "followedUpOn")}>
        <input id="f-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} className={inputClass} />
      </Field>
      <Field id="f-sat" label="职工满意度" required error={fieldError(error, "satisfaction")}>
        <select id="f-sat" value={sat} onChange={(e) => setSat(e.target.value)} className={selectClass}>
          <option value="">请选择</option>
          {SCORES.map((n) => (
            <option key={n} value={n}>
              {SCORE_LABELS[n]}
            </option>
          ))}
        </select>
      </Field>
    </ActForm>
  );
}
