"use client";
// A programme's roster of members (a competition's entries, a training's
// enrolments): 登记 a member through a modal, and per row 编辑 in a modal and
// 删除/移除 after a confirmation. One form on the form kit serves both: the
// roster's create schema is its one schema, a correction starting from the
// row's own member and sending every other field (a blank clears the stored
// value). The member is picked within the programme's organisation; a save
// closes the modal with 保存成功 above the refreshed page.
import { useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";
import { useApiForm, type ApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { DeleteButton } from "./delete-button";

/** One member's place on a roster, as the roster's API returns it. */
export type RosterRow = { id: string; memberId: string; memberName: string; idMasked: string; memberOrgName: string };

export type RosterSpec<I extends FieldValues, O extends Record<string, unknown>, R extends RosterRow> = {
  /** The roster's create schema (with a field memberId). */
  schema: z.ZodType<O, I>;
  /** The roster's API: POST adds a member, PATCH `${url}/${row.id}` corrects a row. */
  url: string;
  /** Members are picked from this organisation's subtree. */
  orgId: number;
  pickerHint: string;
  /** A new row's values (row null) or a row's own. */
  defaults: (row: R | null) => DefaultValues<NoInfer<I>>;
  /** What a correction sends, from every field but the member (blanks already null); default all of it. */
  editBody?: (body: Record<string, unknown>, row: R) => Record<string, unknown>;
  /** Said after the member's name in a correction (e.g. why some fields are locked). */
  note?: (row: R) => string | undefined;
  fields: (kit: ApiForm<I, O>, row: R | null) => ReactNode;
};

type Schema = z.ZodType<Record<string, unknown>, FieldValues>;
/** A roster form's kit and values, named by the roster's schema (for its fields component and its defaults). */
export type RosterKit<S extends Schema> = ApiForm<z.input<S>, z.output<S>>;
export type RosterValues<S extends Schema> = Partial<z.input<S>>;

/** Infers the form's types from the schema (and the row's from `defaults`). */
export const rosterSpec = <I extends FieldValues, O extends Record<string, unknown>, R extends RosterRow>(spec: RosterSpec<I, O, R>) => spec;

export function RosterAddButton<I extends FieldValues, O extends Record<string, unknown>, R extends RosterRow>(props: {
  spec: RosterSpec<I, O, R>;
  label: string;
  title: string;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  return (
    <>
      <Button variant="primary" size="sm" onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      {open && <RosterModal spec={props.spec} row={null} title={props.title} onClose={() => setOpen(false)} />}
    </>
  );
}

export function RosterRowActions<I extends FieldValues, O extends Record<string, unknown>, R extends RosterRow>(props: {
  spec: RosterSpec<I, O, R>;
  row: R;
  /** The edit button's accessible name and the modal's title. */
  editLabel: string;
  title: string;
  /** The delete button's words and confirmation; omitted where a row may not be removed. */
  remove?: { title: string; label?: string; confirm: ReactNode };
}) {
  const [open, setOpen] = useState(false);
  const { spec, row, remove } = props;
  return (
    <div className="flex shrink-0 gap-1 whitespace-nowrap">
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={props.editLabel}>
        编辑
      </Button>
      {remove && (
        <DeleteButton url={`${spec.url}/${row.id}`} title={remove.title} label={remove.label} size="sm">
          {remove.confirm}
        </DeleteButton>
      )}
      {open && <RosterModal spec={spec} row={row} title={props.title} onClose={() => setOpen(false)} />}
    </div>
  );
}

function RosterModal<I extends FieldValues, O extends Record<string, unknown>, R extends RosterRow>({ spec, row, title, onClose }: { spec: RosterSpec<I, O, R>; row: R | null; title: string; onClose: () => void }) {
  const kit = useApiForm({
    schema: spec.schema,
    defaultValues: spec.defaults(row),
    request: (values) => {
      if (!row) return { url: spec.url, body: values };
      const { memberId: _member, ...rest } = values;
      const body = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === undefined ? null : v]));
      return { url: `${spec.url}/${row.id}`, method: "PATCH", body: spec.editBody?.(body, row) ?? body };
    },
    onSaved: onClose,
  });
  return (
    <Modal open title={title} onClose={onClose} busy={kit.pending} wide>
      <FormShell kit={kit} submitLabel={row ? "保存" : "登记"} onCancel={onClose} className="space-y-4">
        {row ? (
          <p className="text-sm text-muted">
            {row.memberName}（{row.idMasked}）· {row.memberOrgName}
            {spec.note?.(row) ?? ""}
          </p>
        ) : (
          <PickerField kit={kit} kind="member" name={"memberId" as Path<I>} id="roster-member" label="会员" required hint={spec.pickerHint} within={spec.orgId} />
        )}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">{spec.fields(kit, row)}</div>
      </FormShell>
    </Modal>
  );
}
