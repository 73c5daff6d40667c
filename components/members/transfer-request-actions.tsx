"use client";
// Accept (接收) or cancel (撤销) a pending transfer, each after a confirmation.
import { ConfirmAction } from "../ui/confirm-action";

type Props = { id: string; memberName: string; toOrgName: string; canAccept: boolean; canCancel: boolean };

export function TransferRequestActions({ id, memberName, toOrgName, canAccept, canCancel }: Props) {
  if (!canAccept && !canCancel) return null;
  return (
    <div className="flex gap-2">
      {canAccept && (
        <ConfirmAction label="接收" title="确认接收会员" confirmLabel="确认接收" size="sm" variant="primary" request={() => ({ url: `/api/v1/member-transfers/${id}/accept` })}>
          <p>
            接收 <strong>{memberName}</strong> 转入“{toOrgName}”。接收后由本方管理该会员，其未结的困难职工档案一并转入。
          </p>
        </ConfirmAction>
      )}
      {canCancel && (
        <ConfirmAction label="撤销" title="确认撤销转会" confirmLabel="确认撤销" size="sm" request={() => ({ url: `/api/v1/member-transfers/${id}/cancel`, body: {} })}>
          <p>
            撤销 <strong>{memberName}</strong> 的转会申请，会籍保持不变。
          </p>
        </ConfirmAction>
      )}
    </div>
  );
}
