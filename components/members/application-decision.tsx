"use client";
// Staff decide a 网上入会 application: accept into a union they choose (within
// the application's queue; the member is created and an activation code shown
// once, to hand over) or decline with a reason the applicant will see. Both
// on the form kit with the API's own schemas.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ApplicationAcceptSchema, ApplicationDeclineSchema } from "@/lib/members/join-schema";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass } from "../ui/field";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { useApiForm } from "../form/use-api-form";
import { formatDateTime } from "../format";

type Issued = { code: string; expiresAt: string; username: string };
type Props = { id: string; name: string; queue: { id: number; name: string } };

export function ApplicationDecision({ id, name, queue }: Props) {
  const router = useRouter();
  const [union, setUnion] = useState<string | null>(null);
  const [issued, setIssued] = useState<(Issued & { unionName: string }) | null>(null);
  const [declining, setDeclining] = useState(false);
  const kit = useApiForm({
    schema: ApplicationAcceptSchema,
    defaultValues: { orgId: undefined },
    request: (body) => ({ url: `/api/v1/member-applications/${id}/accept`, body }),
    confirm: true,
    // The code shows once, here: the page refreshes (the application decided) on 完成.
    savedMessage: false,
    refresh: false,
    onSaved: (r: { activation: Issued }) => setIssued({ ...r.activation, unionName: union ?? "" }),
  });
  const c = kit.confirmation;

  if (issued) {
    return (
      <Alert tone="success" title="已同意入会，激活码已生成（仅显示这一次）">
        <p>
          {name} 已登记为“{issued.unionName}”的会员。请把以下信息交给本人，凭它在“会员首次登录”设置密码：
        </p>
        <p className="mt-1">
          登录名（手机号）：<span className="font-mono">{issued.username}</span>
        </p>
        <p>
          激活码：<span className="font-mono text-lg tracking-widest" aria-label="激活码">{issued.code}</span>
        </p>
        <p className="text-xs">有效期至 {formatDateTime(issued.expiresAt)}</p>
        <Button className="mt-3" onClick={() => router.refresh()}>
          完成
        </Button>
      </Alert>
    );
  }

  return (
    <div className="space-y-4">
      <FormShell kit={kit} submitLabel="同意入会" className="space-y-4" label="同意入会">
        <PickerField
          kit={kit}
          kind="union"
          within={queue.id}
          name="orgId"
          id="app-org"
          label="入会的工会"
          required
          hint={`在“${queue.name}”及下级的基层工会、村（社区）工会中选择`}
          onPicked={(o) => setUnion(o?.name ?? null)}
        />
        <ConfirmDialog open={c !== null} title="同意入会" confirmLabel="同意并生成激活码" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
          <p>
            将 <strong>{name}</strong> 登记为“{union}”的会员（入会日期为今天），并生成激活码。
          </p>
        </ConfirmDialog>
      </FormShell>
      <Button variant="danger" onClick={() => setDeclining(true)}>
        不同意
      </Button>
      <Modal open={declining} title="不同意入会" onClose={() => setDeclining(false)}>
        {declining && <DeclineForm id={id} onClose={() => setDeclining(false)} />}
      </Modal>
    </div>
  );
}

function DeclineForm({ id, onClose }: { id: string; onClose: () => void }) {
  const kit = useApiForm({
    schema: ApplicationDeclineSchema,
    defaultValues: { reason: "" },
    request: (body) => ({ url: `/api/v1/member-applications/${id}/decline`, body }),
    savedMessage: "已回复申请人：不同意入会",
    onSaved: onClose,
  });
  const err = kit.err("reason");
  return (
    <FormShell kit={kit} submitLabel="不同意" danger onCancel={onClose} className="space-y-4">
      <Field id={`decline-${id}`} label="原因" required error={err} hint="申请人查询进度时可以看到，不超过200字">
        <textarea {...kit.form.register("reason")} {...controlAria(`decline-${id}`, err, "hint")} rows={3} className={inputClass} />
      </Field>
    </FormShell>
  );
}
