"use client";
// The profile's two forms open on demand, in a modal, like 跨县转出: their
// schema, zod and react-hook-form load with the click, not with the page. On a
// phone the page's first load is then the shared runtime only (the forms on the
// page cost 52 KB of compressed script and half a second of main thread on
// Lighthouse's slow phone; see README "Speed on a slow phone").
import { useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";

const loading = () => <p className="text-sm text-muted">正在加载…</p>;
const PhoneForm = dynamic(() => import("./phone-form"), { ssr: false, loading });
const ChangeRequestForm = dynamic(() => import("./change-request-form"), { ssr: false, loading });

function OnDemand({ label, disabled, form }: { label: string; disabled?: boolean; form: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={disabled}>
        {label}
      </Button>
      <Modal open={open} title={label} onClose={close}>
        {open && form(close)}
      </Modal>
    </>
  );
}

export function PhoneEditor() {
  return <OnDemand label="修改手机号" form={(close) => <PhoneForm onDone={close} />} />;
}

/** disabled: a request is still with the union (the page says so). */
export function CorrectionEditor({ disabled }: { disabled: boolean }) {
  return <OnDemand label="申请更正" disabled={disabled} form={(close) => <ChangeRequestForm onDone={close} />} />;
}
