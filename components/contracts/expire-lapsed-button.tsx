"use client";
// Marks every contract in the current scope whose term has ended as expired
// (POST /api/v1/contracts/expire), after a confirmation. Coverage already
// ignores them; this tidies their status for lists and exports.
import { useState } from "react";
import { ConfirmAction } from "../ui/confirm-action";

export function ExpireLapsedButton({ orgId, orgName, count }: { orgId: number; orgName: string; count: number }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <ConfirmAction<{ expired: number }>
        label="全部标记为已到期"
        title="批量标记为已到期"
        confirmLabel="确认标记"
        variant="danger"
        disabled={count === 0}
        request={() => ({ url: "/api/v1/contracts/expire", body: { orgId } })}
        onDone={(d) => setDone(`已将 ${d.expired} 份合同标记为已到期。`)}
      >
        <p>
          将“{orgName}”范围内 {count} 份已过期限、仍为生效状态的合同标记为已到期。
        </p>
        <p className="mt-2 text-sm text-muted">每份合同都会留下办理记录和审计日志。已到期的合同仍可续订。</p>
      </ConfirmAction>
      <p role="status" className="text-sm text-emerald-800">
        {done}
      </p>
    </>
  );
}
