"use client";
// 跨县转出 (会籍接转): name the receiving union anywhere in the province (search by
// name: id and name only), give a reason, confirm. The member moves only when
// the receiving side accepts. Used by staff on a member's page and by the
// member on their own pages; on the form kit with the API's own schema.
import { useState } from "react";
import dynamic from "next/dynamic";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";

const TransferOutForm = dynamic(() => import("./transfer-out-form"), { ssr: false, loading: () => <p className="text-sm text-muted">正在加载…</p> });

type Props = { memberId: string; memberName: string; orgId: number; orgName: string; label?: string };

export function TransferOut({ label = "跨县转出", ...member }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal open={open} title={`会籍接转：${member.memberName}`} onClose={() => setOpen(false)} wide>
        {open && <TransferOutForm {...member} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}
