"use client";
// Accept (接收) or cancel (撤销) a pending transfer, each after a confirmation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

type Props = { id: string; memberName: string; toOrgName: string; canAccept: boolean; canCancel: boolean };

export function TransferRequestActions({ id, memberName, toOrgName, canAccept, canCancel }: Props) {
  const router = useRouter();
  const [act, setAct] = useState<"accept" | "cancel" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canAccept && !canCancel) return null;

  async function send() {
    if (!act) return;
    setBusy(true);
    setError(null);
    const res = await apiRequest(`/api/v1/member-transfers/${id}/${act}`, { method: "POST", body: act === "cancel" ? {} : undefined });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setAct(null);
    router.refresh();
  }

  return (
    <div className="flex gap-2">
      {canAccept && (
        <Button size="sm" variant="primary" onClick={() => setAct("accept")}>
          接收
        </Button>
      )}
      {canCancel && (
        <Button size="sm" onClick={() => setAct("cancel")}>
          撤销
        </Button>
      )}
      <ConfirmDialog
        open={act !== null}
        title={act === "accept" ? "确认接收会员" : "确认撤销转会"}
        confirmLabel={act === "accept" ? "确认接收" : "确认撤销"}
        busy={busy}
        error={error}
        onCancel={() => {
          setAct(null);
          setError(null);
        }}
        onConfirm={send}
      >
        {act === "accept" ? (
          <p>
            接收 <strong>{memberName}</strong> 转入“{toOrgName}”。接收后由本方管理该会员，其未结的困难职工档案一并转入。
          </p>
        ) : (
          <p>
            撤销 <strong>{memberName}</strong> 的转会申请，会籍保持不变。
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
