"use client";
// Actions on a hardship file: record a verification visit, move the file along
// its lifecycle (only the moves lib/hardship/workflow.ts allows), edit.
import { useState } from "react";
import { HardshipStatusSchema, HardshipVisitSchema } from "@/lib/hardship/schema";
import { nextStatuses, isOpen, type FileTransition } from "@/lib/hardship/workflow";
import { VISIT_CONCLUSIONS, VISIT_CONCLUSION_LABELS, type HardshipStatus } from "@/lib/hardship/labels";
import { todayCST } from "@/lib/dates";
import { Button, ButtonLink } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { Modal } from "../ui/modal";
import { ActionModal } from "./action-modal";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

type Props = { fileId: string; memberName: string; status: HardshipStatus; version: number };

export function HardshipActions({ fileId, memberName, status, version }: Props) {
  const [move, setMove] = useState<FileTransition | null>(null);
  const [visit, setVisit] = useState(false);
  const open = isOpen(status);
  return (
    <>
      {open && <ButtonLink href={`/assistance/hardship/${fileId}/edit`}>编辑</ButtonLink>}
      {open && <Button onClick={() => setVisit(true)}>登记走访</Button>}
      {nextStatuses(status).map((t) => (
        <Button key={t.to} variant={t.to === "CLOSED" ? "danger" : t.to === "IN_FILE" ? "primary" : "secondary"} onClick={() => setMove(t)}>
          {t.label}
        </Button>
      ))}
      {move && (
        <ActionModal
          open
          title={`${move.label}：${memberName}`}
          description={
            move.to === "IN_FILE"
              ? "经入户核实情况属实，将档案转为“在档”，此后每12个月须复核一次。"
              : move.to === "LIFTED"
                ? "确认该职工已解困脱困。档案转为“已解困”后不再计入在档困难职工，可以为其重新建档。"
                : "关闭后档案不能再修改或登记走访。"
          }
          confirmLabel={`确认${move.label}`}
          danger={move.to === "CLOSED"}
          reason={move.reason}
          reasonLabel={move.to === "IN_FILE" ? "核实意见" : "原因"}
          schema={HardshipStatusSchema}
          fixed={{ status: move.to, version }}
          url={`/api/v1/hardship-files/${fileId}/status`}
          onClose={() => setMove(null)}
          savedMessage={`已${move.label}。`}
          onDone={() => setMove(null)}
        />
      )}
      <Modal open={visit} title={`登记走访：${memberName}`} onClose={() => setVisit(false)} wide>
        {visit && <VisitForm fileId={fileId} onClose={() => setVisit(false)} />}
      </Modal>
    </>
  );
}

function VisitForm({ fileId, onClose }: { fileId: string; onClose: () => void }) {
  const kit = useApiForm({
    schema: HardshipVisitSchema,
    defaultValues: { visitedOn: todayCST(), visitors: "", findings: "", conclusion: "CONFIRMED" },
    request: (v) => ({ url: `/api/v1/hardship-files/${fileId}/visits`, body: v }),
    savedMessage: "已登记走访记录。",
    onSaved: onClose,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="保存走访记录" onCancel={onClose} className="space-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="v-date" label="走访日期" required error={err("visitedOn")}>
          <input {...register("visitedOn")} {...controlAria("v-date", err("visitedOn"))} type="date" max={todayCST()} className={inputClass} />
        </Field>
        <Field id="v-conclusion" label="核实结论" required error={err("conclusion")}>
          <select {...register("conclusion")} {...controlAria("v-conclusion", err("conclusion"))} className={selectClass}>
            {VISIT_CONCLUSIONS.map((c) => (
              <option key={c} value={c}>
                {VISIT_CONCLUSION_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="v-visitors" label="走访人员" required error={err("visitors")} hint="如：周晓明、村（社区）工会主席">
        <input {...register("visitors")} {...controlAria("v-visitors", err("visitors"), "hint")} className={inputClass} />
      </Field>
      <Field id="v-findings" label="核实情况" error={err("findings")} hint="加密保存，查看时记入审计日志">
        <textarea {...register("findings")} {...controlAria("v-findings", err("findings"), "hint")} rows={4} className={inputClass} />
      </Field>
    </FormShell>
  );
}
