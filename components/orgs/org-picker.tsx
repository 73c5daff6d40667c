"use client";
// Choosing a union that holds members (基层工会 or 村（社区）工会), or the given
// levels and kinds, within a scope: the shared combobox over the organisation
// search, with numeric ids.
import { useMemo } from "react";
import { EntityPicker } from "../programmes/entity-picker";
import { unionSearch, type OrgFilter } from "../programmes/search";

export type { OrgFilter };
export type PickedOrg = { id: number; name: string };

type Props = {
  id: string;
  value: PickedOrg | null;
  onChange: (org: PickedOrg | null) => void;
  onBlur?: () => void;
  /** Limit the search to this subtree (the portal's current scope). */
  within?: number;
  /** An organisation that may not be chosen (e.g. the member's current union). */
  excludeId?: number;
  disabled?: boolean;
  placeholder?: string;
  /** Which organisations may be chosen, as (level, kind) pairs; default: member-holding unions. */
  filters?: readonly OrgFilter[];
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

const MEMBER_UNIONS: readonly OrgFilter[] = [{ level: "GRASSROOTS" }, { level: "VILLAGE" }];

export function OrgPicker({ value, onChange, within, excludeId, filters = MEMBER_UNIONS, placeholder = "输入工会名称搜索", ...rest }: Props) {
  // Callers may pass a new array each render: search again only when its content changes.
  const filterKey = JSON.stringify(filters);
  const search = useMemo(() => unionSearch(within, JSON.parse(filterKey) as OrgFilter[], excludeId), [within, filterKey, excludeId]);
  return (
    <EntityPicker
      {...rest}
      value={value ? { id: String(value.id), name: value.name } : null}
      onChange={(o) => onChange(o ? { id: Number(o.id), name: o.name } : null)}
      search={search}
      placeholder={placeholder}
      listLabel="工会候选"
      emptyText="没有匹配的工会，请换个名称再试"
    />
  );
}
