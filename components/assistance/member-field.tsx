"use client";
// Whose case it is, in the assistance forms: chosen (active members of the
// caller's scope) when the record is opened, fixed once it exists.
import type { FieldValues, Path } from "react-hook-form";
import { Field, inputClass } from "../ui/field";
import type { Candidate } from "../programmes/entity-picker";
import type { ApiForm } from "../form/use-api-form";
import { PickerField } from "../form/picker-field";

type Props<I extends FieldValues, O> = {
  kit: ApiForm<I, O>;
  id: string;
  label: string;
  hint: string;
  /** Opening: choose within this scope; editing: the member already on the record. */
  member: { scopeId: number } | { name: string; idMasked: string };
  onPicked?: (m: Candidate | null) => void;
};

export function AssistedMemberField<I extends FieldValues, O>({ kit, id, label, hint, member, onPicked }: Props<I, O>) {
  if ("scopeId" in member) return <PickerField kit={kit} kind="member" name={"memberId" as Path<I>} id={id} label={label} required hint={hint} within={member.scopeId} onPicked={onPicked} />;
  return (
    <Field id={id} label={label}>
      <input id={id} value={`${member.name}（${member.idMasked}）`} readOnly disabled className={inputClass} />
    </Field>
  );
}
