"use client";
// Shows the masked ID number; staff who may edit can reveal the full number.
// Each reveal is a POST the server audits; the number is kept only in memory.
import { useState } from "react";
import { apiRequest } from "../api";
import { Button } from "../ui/button";

export function RevealIdNumber({ memberId, masked, canReveal }: { memberId: string; masked: string; canReveal: boolean }) {
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reveal() {
    setBusy(true);
    setError(null);
    const res = await apiRequest<{ idNumber: string }>(`/api/v1/members/${memberId}/id-number`, { method: "POST" });
    setBusy(false);
    if (res.ok) setFull(res.data.idNumber);
    else setError(res.error.message);
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono tracking-wide" aria-label={full ? "完整身份证号" : "脱敏身份证号"}>
          {full ?? masked}
        </span>
        {canReveal && !full && (
          <Button size="sm" onClick={reveal} disabled={busy}>
            {busy ? "正在获取…" : "查看完整号码"}
          </Button>
        )}
        {full && (
          <Button size="sm" variant="ghost" onClick={() => setFull(null)}>
            隐藏
          </Button>
        )}
      </div>
      <p role="status" className="text-xs text-muted">
        {full ? "此次查看已记入审计日志" : ""}
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
