"use client";
// Follows a 网上入会 application: number + last six ID characters → its status.
// On the form kit with the API's own schema; the status is the answer shown.
import { useState } from "react";
import { JoinStatusQuerySchema, type JoinStatusDto } from "@/lib/members/join-schema";
import { MEMBER_APPLICATION_STATUS_LABELS } from "@/lib/members/labels";
import { Alert } from "../ui/alert";
import { Field, controlAria, inputClass } from "../ui/field";
import { FormShell } from "../form/form-shell";
import { useApiForm } from "../form/use-api-form";

const TONE = { PENDING: "info", ACCEPTED: "success", DECLINED: "error", EXISTING: "info" } as const;

export function JoinStatusForm() {
  const [found, setFound] = useState<JoinStatusDto | null>(null);
  const kit = useApiForm({
    schema: JoinStatusQuerySchema,
    defaultValues: { number: "", idTail: "" },
    request: (body) => {
      // A new lookup: the last answer must not stand beside its error.
      setFound(null);
      return { url: "/api/v1/join/status", body };
    },
    savedMessage: false,
    onSaved: (r: JoinStatusDto) => setFound(r),
  });
  const { register } = kit.form;
  return (
    <div className="mt-6 space-y-4">
      <FormShell kit={kit} submitLabel="查询" pendingLabel="正在查询…" failTitle="未能查询" wide className="space-y-4">
        <Field id="js-number" label="申请编号" required error={kit.err("number")}>
          <input {...register("number")} {...controlAria("js-number", kit.err("number"))} autoComplete="off" className={inputClass} />
        </Field>
        <Field id="js-tail" label="身份证号后六位" required error={kit.err("idTail")}>
          <input {...register("idTail")} {...controlAria("js-tail", kit.err("idTail"))} autoComplete="off" className={inputClass} />
        </Field>
      </FormShell>
      {found && (
        <Alert tone={TONE[found.status]} title={MEMBER_APPLICATION_STATUS_LABELS[found.status]}>
          <p>{found.message}</p>
          {found.unionName && <p className="mt-1">所在工会：{found.unionName}</p>}
          {found.declineReason && <p className="mt-1">原因：{found.declineReason}</p>}
          <p className="mt-1 text-xs">提交于 {found.submittedAt.slice(0, 10)}</p>
        </Alert>
      )}
    </div>
  );
}
