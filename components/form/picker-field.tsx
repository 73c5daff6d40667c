"use client";
// A picker (member, member-holding union, any organisation) as a form field of
// the form kit: label, hint, error, and the chosen record's id in the form's
// values. Members are shown with union and birth year so that namesakes can be
// told apart.
import { useMemo, useState } from "react";
import { Controller, type FieldValues, type Path } from "react-hook-form";
import type { OrgLevel } from "@/lib/orgs/labels";
import { EntityPicker, type Candidate, type Picked, type SearchFn } from "../programmes/entity-picker";
import { enterpriseSearch, memberSearch, orgSearch, unionSearch, type OrgFilter } from "../programmes/search";
import { Field, controlAria } from "../ui/field";
import type { ApiForm } from "./use-api-form";

type Kind =
  | { kind: "member" }
  | { kind: "union"; filters?: readonly OrgFilter[]; excludeId?: number }
  | { kind: "org"; levels?: readonly OrgLevel[] }
  | { kind: "enterprise" };

type Props<I extends FieldValues, O> = Kind & {
  kit: ApiForm<I, O>;
  name: Path<I>;
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Limit the search to this subtree (the portal's current scope). */
  within?: number;
  /** The record already chosen (editing, or a default). */
  initial?: Picked | null;
  /** Organisation ids are numbers in the schemas; member and enterprise ids are strings. */
  numeric?: boolean;
  disabled?: boolean;
  onPicked?: (c: Candidate | null) => void;
  /** Another search than the staff one (the public 网上入会 union search), and its words. */
  search?: SearchFn;
  placeholder?: string;
  emptyText?: string;
};

const WORDS = {
  member: { placeholder: "输入姓名、手机号或完整身份证号搜索", list: "会员候选", empty: "没有匹配的会员" },
  union: { placeholder: "输入工会名称搜索", list: "工会候选", empty: "没有匹配的工会，请换个名称再试" },
  org: { placeholder: "输入组织名称搜索", list: "组织候选", empty: "没有匹配的组织" },
  enterprise: { placeholder: "输入企业名称或统一社会信用代码搜索", list: "企业候选", empty: "没有匹配的企业" },
} as const;

const MEMBER_UNIONS: readonly OrgFilter[] = [{ level: "GRASSROOTS" }, { level: "VILLAGE" }];

export function PickerField<I extends FieldValues, O>(props: Props<I, O>) {
  const { kit, name, id, label, required, hint, within, initial = null, disabled, onPicked } = props;
  const [picked, setPicked] = useState<Candidate | null>(initial);
  const numeric = props.numeric ?? (props.kind === "union" || props.kind === "org");
  const filterKey = props.kind === "union" ? JSON.stringify(props.filters ?? MEMBER_UNIONS) : props.kind === "org" ? JSON.stringify(props.levels ?? []) : "";
  const excludeId = props.kind === "union" ? props.excludeId : undefined;
  const kind = props.kind;
  const kitSearch = useMemo(() => {
    if (kind === "member") return memberSearch(within);
    if (kind === "union") return unionSearch(within, JSON.parse(filterKey) as OrgFilter[], excludeId);
    if (kind === "enterprise") return enterpriseSearch();
    return orgSearch(within, JSON.parse(filterKey) as OrgLevel[]);
  }, [kind, within, filterKey, excludeId]);
  const search = props.search ?? kitSearch;
  const error = kit.err(name);
  const words = WORDS[kind];
  return (
    <Field id={id} label={label} required={required} error={error} hint={picked?.hint ?? hint}>
      <Controller
        control={kit.form.control}
        name={name}
        render={({ field }) => (
          <EntityPicker
            value={picked}
            disabled={disabled}
            onBlur={field.onBlur}
            onChange={(c) => {
              setPicked(c);
              field.onChange(c ? (numeric ? Number(c.id) : c.id) : undefined);
              onPicked?.(c);
            }}
            search={search}
            placeholder={props.placeholder ?? words.placeholder}
            listLabel={words.list}
            emptyText={props.emptyText ?? words.empty}
            {...controlAria(id, error, picked?.hint ?? hint)}
          />
        )}
      />
    </Field>
  );
}
