"use client";
// A consequential step confirmed in a dialog, with a reason where the rules ask
// for one, on the form kit with the API's own schema.
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useApiForm, type ApiCall } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
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
  /** The API's schema for the step; any schema of an object will do (the modal adds only the reason). */
  schema: z.ZodType<unknown, FieldValues>;
  /** Values sent along with the reason (e.g. the target status, the version seen). */
  fixed: Record<string, unknown>;
  /** The step's API (POSTed). */
  url: string;
  /** Shown above the page after the step (default 保存成功), e.g. 已冲正。 */
  savedMessage?: string;
  onClose: () => void;
  onDone: () => void;
};

export function ActionModal({ open, title, description, confirmLabel, danger, reason, reasonLabel = "原因", schema, fixed, url, savedMessage, onClose, onDone }: Props) {
  const kit = useApiForm({
    schema,
    defaultValues: { ...fixed, reason: "" },
    request: (): ApiCall | null => {
      const given: string = kit.form.getValues("reason");
      if (reason === "required" && !given) {
        kit.form.setError("reason", { type: "required", message: `请填写${reasonLabel}` });
        return null;
      }
      return { url, body: { ...fixed, ...(given ? { reason: given } : {}) } };
    },
    savedMessage,
    onSaved: onDone,
  });
  const err = kit.err("reason");
  return (
    <Modal open={open} title={title} onClose={onClose} busy={kit.pending}>
      <FormShell kit={kit} submitLabel={confirmLabel} danger={danger} onCancel={onClose} className="space-y-4">
        {description && <div className="text-[15px] text-gray-700">{description}</div>}
        {reason !== "none" && (
          <Field id="action-reason" label={reasonLabel} required={reason === "required"} error={err} hint={reason === "optional" ? "选填，不超过500字" : "不超过500字，将记入流程记录"}>
            <textarea {...kit.form.register("reason")} {...controlAria("action-reason", err, "hint")} rows={3} className={inputClass} />
          </Field>
        )}
      </FormShell>
    </Modal>
  );
}
