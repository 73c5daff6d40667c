"use client";
// Choosing an active member within a scope (name, phone prefix or full ID
// number, as the registry's search): the shared combobox over the member
// search, with the chosen member's masked ID and union shown under it.
import { useMemo } from "react";
import { EntityPicker, type Candidate } from "../programmes/entity-picker";
import { memberSearch } from "../programmes/search";

export type PickedMember = Candidate;

type Props = {
  id: string;
  value: PickedMember | null;
  onChange: (m: PickedMember | null) => void;
  onBlur?: () => void;
  within?: number;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

export function MemberPicker({ within, value, ...rest }: Props) {
  const search = useMemo(() => memberSearch(within), [within]);
  return (
    <>
      <EntityPicker
        {...rest}
        value={value}
        search={search}
        placeholder="输入姓名、手机号或完整身份证号搜索"
        listLabel="会员候选"
        emptyText="没有匹配的会员"
      />
      {value?.hint && <p className="mt-1 text-xs text-muted">{value.hint}</p>}
    </>
  );
}
