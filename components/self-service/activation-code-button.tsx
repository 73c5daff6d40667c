"use client";
// Staff issue a member's one-time activation code. There is no SMS gateway:
// the code is shown here once, to be handed to the member.
import { useState } from "react";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { formatDateTime } from "../format";

type Issued = { code: string; expiresAt: string; username: string };

export function ActivationCodeButton({ memberId, memberName }: { memberId: string; memberName: string }) {
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function issue() {
    setBusy(true);
    const res = await apiRequest<Issued>(`/api/v1/members/${memberId}/activation-code`, { method: "POST", body: {} });
    setBusy(false);
    setOpen(false);
    if (!res.ok) return setError(res.error.message);
    setError(null);
    setIssued(res.data);
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">会员凭激活码在“会员首次登录”页面设置密码，之后用手机号登录查看本人权益、网上申请帮扶。</p>
      <Button onClick={() => setOpen(true)} disabled={busy}>
        生成激活码
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      {issued && (
        <Alert tone="success" title="激活码已生成（仅显示这一次）">
          <p>
            登录名（手机号）：<span className="font-mono">{issued.username}</span>
          </p>
          <p>
            激活码：<span className="font-mono text-lg tracking-widest" aria-label="激活码">{issued.code}</span>
          </p>
          <p className="text-xs">有效期至 {formatDateTime(issued.expiresAt)}；重新生成后旧激活码作废。</p>
        </Alert>
      )}
      <ConfirmDialog
        open={open}
        title="生成激活码"
        confirmLabel="生成"
        busy={busy}
        onConfirm={issue}
        onCancel={() => setOpen(false)}
      >
        为“{memberName}”生成新的激活码？此前未使用的激活码将作废。
      </ConfirmDialog>
    </div>
  );
}
