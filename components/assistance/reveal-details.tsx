"use client";
// Encrypted narratives are shown only on request: each reveal is a POST the
// server audits; the text stays in this component's memory only.
import { useState, type ReactNode } from "react";
import { apiRequest } from "../api";
import { Button } from "../ui/button";

type Props<T> = {
  url: string;
  label: string;
  canReveal: boolean;
  render: (data: T) => ReactNode;
};

export function RevealDetails<T>({ url, label, canReveal, render }: Props<T>) {
  const [data, setData] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function reveal() {
    setBusy(true);
    setError(null);
    const res = await apiRequest<T>(url, { method: "POST" });
    setBusy(false);
    if (res.ok) setData(res.data);
    else setError(res.error.message);
  }
  if (!canReveal) return <p className="text-sm text-muted">详细情况加密保存，您的账号不能查看。</p>;
  return (
    <div className="space-y-2">
      {data === null ? (
        <Button size="sm" onClick={reveal} disabled={busy}>
          {busy ? "正在获取…" : label}
        </Button>
      ) : (
        <>
          {render(data)}
          <div className="flex items-center gap-3">
            <Button size="sm" variant="ghost" onClick={() => setData(null)}>
              隐藏
            </Button>
            <p role="status" className="text-xs text-muted">
              此次查看已记入审计日志
            </p>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
