"use client";
// 资金对账, run on demand by an administrator: per fund, the ledger against the
// grants; per grant, exactly one unreversed payment when disbursed.
import { useState } from "react";
import Link from "next/link";
import type { Reconciliation } from "@/lib/assistance/reconcile";
import { FUND_SOURCE_LABELS, type FundSource } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { formatDateTime } from "../format";

export function ReconcilePanel({ orgId }: { orgId: number }) {
  const [result, setResult] = useState<Reconciliation | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    const res = await apiRequest<Reconciliation>(`/api/v1/assistance/reconciliation?orgId=${orgId}`);
    setBusy(false);
    if (res.ok) setResult(res.data);
    else setError(res.error.message);
  }
  const problems = result?.funds.filter((f) => f.difference !== "0.00" || f.overdrawn !== "0.00") ?? [];
  return (
    <div className="space-y-3">
      <Button onClick={run} disabled={busy} aria-busy={busy || undefined}>
        {busy ? "正在对账…" : "运行资金对账"}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      {result && (
        <Alert tone={result.ok ? "success" : "error"} title={result.ok ? "对账无差异" : "对账发现差异"}>
          <p>
            共核对 {result.fundCount} 项资金：台账合计与“拨入 − 已发放申请 + 冲正”{result.unbalancedFunds === 0 ? "全部一致，差额为 ¥0.00" : `有 ${result.unbalancedFunds} 项不一致`}；
            {result.grantAnomalies.length === 0 ? "每笔已发放申请都有且只有一笔未冲正的发放分录。" : `${result.grantAnomalies.length} 笔申请的发放分录异常。`}
          </p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {problems.map((f) => (
                <li key={f.fundId}>
                  <Link href={`/assistance/funds/${f.fundId}`} className="underline">
                    {f.orgName} {f.name}（{FUND_SOURCE_LABELS[f.source as FundSource]}）
                  </Link>
                  ：台账 {formatYuan(f.ledgerBalance)}，应为 {formatYuan(f.expectedBalance)}，差额 {formatYuan(f.difference)}
                  {f.overdrawn !== "0.00" && `，余额曾低至 ${formatYuan(f.overdrawn)}`}
                </li>
              ))}
            </ul>
          )}
          {result.grantAnomalies.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {result.grantAnomalies.slice(0, 20).map((a) => (
                <li key={a.grantId}>
                  <Link href={`/assistance/grants/${a.grantId}`} className="underline">
                    申请 {a.grantId.slice(0, 8)}
                  </Link>
                  ：{a.message}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs">对账时间 {formatDateTime(result.checkedAt)}</p>
        </Alert>
      )}
    </div>
  );
}
