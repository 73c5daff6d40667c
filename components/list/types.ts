// Types of the list kit (client-safe: no server imports).
import type { ReactNode } from "react";
import type { z } from "@/lib/validation/zod";

/** What a list's query returns; modules add their totals, `sort`, `totalCapped` … */
export type ListResult = { data: unknown[]; total: number; page: number; pageSize: number; totalCapped?: boolean };

/** One list: its path, its query schema (the API's own, strict) and the URL keys it reads. */
export type ListSpec<S extends z.ZodType = z.ZodType> = {
  path: string;
  schema: S;
  /** The list's own URL keys (filters, `orgId`, `sort`); `page`, `pageSize` and `back` come with every list. */
  keys: readonly string[];
  /** The sort when the URL names none (left out of URLs); a function when it depends on the filters. */
  defaultSort?: string | ((input: Record<string, string>) => string);
  /** False for lists not limited to an organisation's subtree (no `orgId` defaulting to the scope). */
  scoped?: boolean;
};

/** What loadList hands the page and ListPage. */
export type ListData<Q = unknown, R extends ListResult = ListResult> = {
  path: string;
  keys: readonly string[];
  /** The URL's values for the list's keys (and page, pageSize). */
  input: Record<string, string>;
  /** URL state to carry in links (filters, sort, size, back; not the page). */
  state: Record<string, string>;
  query: Q | null;
  result: R;
  problem: string | null;
  hasFilters: boolean;
  /** A dashboard URL the list was reached from, for the 返回看板 link. */
  back: string | null;
  /** The organisation actually filtered on; `explicit` when it is not the current scope. */
  scope: { id: number; name: string; explicit: boolean; home: { id: number; name: string } };
  sort: { current: string; default: string };
};

type FilterBase = {
  name: string;
  label: string;
  /** Two columns wide in the filter card. */
  wide?: boolean;
  /** How the value reads on its chip (default: the option's label, or the value). */
  display?: (value: string) => string;
};

/** A filter of a list: a text/date input, a select, a custom control, or a value only carried (and shown as a chip). */
export type FilterDef = FilterBase &
  (
    | { type?: "text" | "search" | "date" | "number"; placeholder?: string; maxLength?: number }
    | { options: readonly { value: string; label: string }[]; all: string }
    | { render: (value: string | undefined) => ReactNode }
    | { hidden: true }
    /** A yes-only switch: `value` (default "true") when ticked. */
    | { checkbox: true; value?: string }
  );

/** The element around a list's row checkboxes and its batch actions (ListPage `selection`). */
export const SELECTION_ROOT = "list-selection";
