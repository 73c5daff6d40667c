"use client";
// 填报进展: date, what was done, percent (unless the task is counted from an
// indicator; lower than the last report needs a reason), and an optional file
// that goes to the shared attachment store once the report is saved.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/form/use-api-form";
import { FormShell } from "@/components/form/form-shell";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ReportCreateSchema } from "@/lib/reform/schema";
import { todayCST } from "@/lib/dates";

export function ReportForm({ taskId, lastPercent, counted }: { taskId: string; lastPercent: number; counted: boolean }) {
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const kit = useApiForm({
    schema: ReportCreateSchema,
    defaultValues: { reportedOn: todayCST(), content: "", percent: counted ? undefined : String(lastPercent), reason: "" },
    request: (v) => ({ url: `/api/v1/reform/tasks/${taskId}/reports`, method: "POST", body: v }),
    savedMessage: "进展已填报",
    onSaved: async (saved) => {
      const f = file.current?.files?.[0];
      if (f) {
        const form = new FormData();
        form.set("file", f);
        const res = await fetch(`/api/v1/reform/reports/${saved.id}/attachments`, { method: "POST", body: form });
        if (!res.ok) {
          const body = await res.json().catch(() => null);
          setFileError(`进展已保存，但附件未能上传：${body?.error?.message ?? "请稍后在此重试"}`);
        } else if (file.current) file.current.value = "";
      }
      kit.form.reset({ reportedOn: todayCST(), content: "", percent: undefined, reason: "" });
      router.refresh();
    },
  });
  const percent = Number(kit.form.watch("percent"));
  return (
    <FormShell kit={kit} submitLabel="提交进展">
      {fileError && <Alert tone="warning">{fileError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="r-date" label="填报日期" required error={kit.err("reportedOn")}>
          <input id="r-date" type="date" {...kit.form.register("reportedOn")} className={inputClass} />
        </Field>
        {!counted && (
          <Field id="r-percent" label="完成进度（%）" required error={kit.err("percent")} hint={`上次 ${lastPercent}%`}>
            <input id="r-percent" type="number" min={0} max={100} step={1} inputMode="numeric" {...kit.form.register("percent")} className={inputClass} />
          </Field>
        )}
      </div>
      <Field id="r-content" label="工作进展" required error={kit.err("content")}>
        <textarea id="r-content" rows={4} {...kit.form.register("content")} className={inputClass} />
      </Field>
      {!counted && (percent < lastPercent || kit.err("reason")) && (
        <Field id="r-reason" label="进度下调原因" required error={kit.err("reason")}>
          <input id="r-reason" {...kit.form.register("reason")} className={inputClass} />
        </Field>
      )}
      <Field id="r-file" label="附件" hint="可选：通知、照片、台账等（PDF、Office 文档或图片，不超过 10 MB）">
        <input id="r-file" ref={file} type="file" className="block text-sm" />
      </Field>
    </FormShell>
  );
}
