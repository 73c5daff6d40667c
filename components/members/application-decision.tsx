"use client";
// Staff decide a 网上入会 application: accept into a union they choose (within
// the application's queue; the member is created and an activation code shown
// once, to hand over) or decline with a reason the applicant will see.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, controlAria, inputClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { unionSearch } from "../programmes/search";

type Issued = { code: string; expiresAt: string; username: string };
type Props = { id: string; name: string; queue: { id: number; name: string } };

const MEMBER_UNIONS = [{ level: "GRASSROOTS" }, { level: "VILLAGE" }] as const;

export function ApplicationDecision({ id, name, queue }: Props) {
  const router = useRouter();
  const [union, setUnion] = useState<Picked | null>(null);
  const [reason, setReason] = useState("");
  const [dialog, setDialog] = useState<"accept" | "decline" | null>(null);
  const [fieldError, setFieldError] = useState<{ orgId?: string; reason?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<(Issued & { unionName: string }) | null>(null);
  const search = useMemo(() => unionSearch(queue.id, MEMBER_UNIONS), [queue.id]);

  async function accept() {
    if (!union) return;
    setBusy(true);
    const res = await apiRequest<{ activation: Issued }>(`/api/v1/member-applications/${id}/accept`, { method: "POST", body: { orgId: Number(union.id) } });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.orgId ?? res.error.message);
    setDialog(null);
    setIssued({ ...res.data.activation, unionName: union.name });
  }

  async function decline() {
    setBusy(true);
    const res = await apiRequest(`/api/v1/member-applications/${id}/decline`, { method: "POST", body: { reason } });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.reason ?? res.error.message);
    setDialog(null);
    router.refresh();
  }

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
        <p className="text-xs">有效期至 {new Date(issued.expiresAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</p>
        <Button className="mt-3" onClick={() => router.refresh()}>
          完成
        </Button>
      </Alert>
    );
  }

  return (
    <div className="space-y-4">
      <Field id="app-org" label="入会的工会" required error={fieldError.orgId} hint={`在“${queue.name}”及下级的基层工会、村（社区）工会中选择`}>
        <EntityPicker
          value={union}
          onChange={(o) => {
            setUnion(o);
            setFieldError({});
          }}
          search={search}
          placeholder="输入工会名称搜索"
          listLabel="工会候选"
          emptyText="没有匹配的工会，请换个名称再试"
          {...controlAria("app-org", fieldError.orgId, "hint")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          onClick={() => {
            setError(null);
            if (!union) return setFieldError({ orgId: "请选择入会的工会" });
            setDialog("accept");
          }}
        >
          同意入会
        </Button>
        <Button variant="danger" onClick={() => (setError(null), setDialog("decline"))}>
          不同意
        </Button>
      </div>
      <ConfirmDialog open={dialog === "accept"} title="同意入会" confirmLabel="同意并生成激活码" busy={busy} error={error} onConfirm={accept} onCancel={() => setDialog(null)}>
        <p>
          将 <strong>{name}</strong> 登记为“{union?.name}”的会员（入会日期为今天），并生成激活码。
        </p>
      </ConfirmDialog>
      <ConfirmDialog open={dialog === "decline"} title="不同意入会" confirmLabel="不同意" busy={busy} error={error} onConfirm={decline} onCancel={() => setDialog(null)}>
        <p>请填写不同意的原因（申请人查询进度时可以看到）。</p>
        <label htmlFor={`decline-${id}`} className="mt-3 mb-1 block text-sm font-medium">
          原因
        </label>
        <textarea {...controlAria(`decline-${id}`, error ?? undefined)} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={200} className={inputClass} />
      </ConfirmDialog>
    </div>
  );
}
