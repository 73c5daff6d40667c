"use client";
// Attachments of an activity record: list with download links, upload (multipart,
// checked again on the server) and soft delete with confirmation.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AttachmentDto } from "@/lib/activities/schema";
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, MAX_ATTACHMENT_BYTES, formatBytes } from "@/lib/activities/labels";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { DeleteButton } from "../programmes/delete-button";
import { formatDate } from "../format";

export function Attachments({ recordId, items, writable }: { recordId: string; items: AttachmentDto[]; writable: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function upload() {
    const file = input.current?.files?.[0];
    setDone(null);
    if (!file) return setError("请先选择文件");
    if (file.size > MAX_ATTACHMENT_BYTES) return setError("文件过大：单个附件不超过 10 MB");
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("file", file);
    try {
      const res = await fetch(`/api/v1/activities/${recordId}/attachments`, { method: "POST", body, credentials: "same-origin" });
      const json = await res.json().catch(() => null);
      if (!res.ok) setError(json?.error?.message ?? `上传失败（${res.status}）`);
      else {
        setDone(`已上传：${file.name}`);
        if (input.current) input.current.value = "";
        router.refresh();
      }
    } catch {
      setError("网络连接失败，请检查网络后重试。");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      {items.length === 0 ? (
        <p className="text-sm text-muted">暂无附件。</p>
      ) : (
        <ul aria-label="附件列表" className="divide-y divide-line">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <a href={`/api/v1/activities/${recordId}/attachments/${a.id}`} className="link" download>
                {a.fileName}
              </a>
              <span className="flex items-center gap-3 text-sm text-muted">
                {formatBytes(a.size)} · {formatDate(a.createdAt)}
                {writable && (
                  <DeleteButton url={`/api/v1/activities/${recordId}/attachments/${a.id}`} title="删除附件" size="sm">
                    <p>确定删除附件“{a.fileName}”吗？</p>
                  </DeleteButton>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <div className="mt-4 border-t border-line pt-4">
          <label htmlFor="att-file" className="field-label">
            上传附件
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input id="att-file" ref={input} type="file" accept={ATTACHMENT_ACCEPT} aria-describedby="att-hint" className={`${inputClass} max-w-md`} />
            <Button variant="primary" onClick={upload} disabled={busy} aria-busy={busy || undefined}>
              {busy ? "正在上传…" : "上传"}
            </Button>
          </div>
          <p id="att-hint" className="mt-1 text-xs text-muted">
            {ATTACHMENT_HINT}
          </p>
          {error && (
            <Alert tone="error" className="mt-2">
              {error}
            </Alert>
          )}
          {done && (
            <Alert tone="success" className="mt-2">
              {done}
            </Alert>
          )}
        </div>
      )}
    </div>
  );
}
