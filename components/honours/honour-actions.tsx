"use client";
// Actions on one honour: edit, confirm a nomination as awarded, delete (both confirmed first).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DeleteButton } from "../programmes/delete-button";

export function HonourActions({ id, label, nominated }: { id: string; label: string; nominated: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await apiRequest(`/api/v1/honours/${id}/confirm`, { method: "POST", body: {} });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setOpen(false);
    router.refresh();
  }
  return (
    <>
      {nominated && (
        <>
          <Button variant="primary" onClick={() => setOpen(true)}>
            确认授予
          </Button>
          <ConfirmDialog open={open} title="确认授予荣誉" confirmLabel="确认授予" busy={busy} error={error} onCancel={() => setOpen(false)} onConfirm={confirm}>
            <p>将“{label}”的提名确认为已授予。此操作记入审计日志。</p>
          </ConfirmDialog>
        </>
      )}
      <ButtonLink href={`/honours/${id}/edit`}>编辑</ButtonLink>
      <DeleteButton url={`/api/v1/honours/${id}`} title="删除荣誉记录" then="/honours">
        <p>确定删除“{label}”吗？删除后不再出现在荣誉名录和统计中。此操作记入审计日志。</p>
      </DeleteButton>
    </>
  );
}
