"use client";
// A consequential step confirmed in a dialog, with a reason where the rules ask
// for one. Validated with the API's own schema; the request is sent only from here.
import { useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ApiResult } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";
import { Modal } from "../ui/modal";

type Props = {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  reason: "required" | "optional" | "none";
  reasonLabel?: string;
  schema: z.ZodType;
  /** Values sent along with the reason (e.g. the target status, the version seen). */
  fixed: Record<string, unknown>;
  submit: (body: Record<string, unknown>) => Promise<ApiResult<unknown>>;
  onClose: () => void;
  onDone: () => void;
};

type Values = { reason?: string } & Record<string, unknown>;

export function ActionModal({ open, title, description, confirmLabel, danger, reason, reasonLabel = "原因", schema, fixed, submit, onClose, onDone }: Props) {
  const [error, setErrorMsg] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema as never) as unknown as Resolver<Values>, defaultValues: { ...fixed, reason: "" } });

  async function onSubmit(v: Values) {
    if (reason === "required" && !v.reason) {
      setError("reason", { type: "required", message: `请填写${reasonLabel}` });
      return;
    }
    setErrorMsg(null);
    const body = { ...fixed, ...(v.reason ? { reason: v.reason } : {}) };
    const res = await submit(body);
    if (res.ok) {
      onDone();
      return;
    }
    setErrorMsg(res.error.message);
    if (res.error.fields?.reason) setError("reason", { type: "server", message: res.error.fields.reason });
  }

  const err = errors.reason?.message as string | undefined;
  return (
    <Modal open={open} title={title} onClose={onClose} busy={isSubmitting}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
        {description && <div className="text-[15px] text-gray-700">{description}</div>}
        {error && <Alert tone="error">{error}</Alert>}
        {reason !== "none" && (
          <Field id="action-reason" label={reasonLabel} required={reason === "required"} error={err} hint={reason === "optional" ? "选填，不超过500字" : "不超过500字，将记入流程记录"}>
            <textarea {...register("reason")} {...controlAria("action-reason", err, "hint")} rows={3} maxLength={500} className={inputClass} />
          </Field>
        )}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={onClose} disabled={isSubmitting}>
            取消
          </Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting ? "正在提交…" : confirmLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
