"use client";
// Searchable combobox for choosing a union that holds members (基层工会 or
// 村（社区）工会) within a scope. Follows the ARIA 1.2 combobox pattern: type to
// search (debounced), ↑/↓ to move, Enter to choose, Esc to close.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { Org } from "@/lib/orgs/schema";
import type { OrgKind, OrgLevel } from "@/lib/orgs/labels";
import { apiRequest } from "../api";
import { cn } from "../ui/cn";
import { inputClass } from "../ui/field";
import { kindLabel, levelLabel } from "../format";

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

type ListResponse = { data: Org[]; total: number };

export type OrgFilter = { level: OrgLevel; kind?: OrgKind };
const MEMBER_UNIONS: readonly OrgFilter[] = [{ level: "GRASSROOTS" }, { level: "VILLAGE" }];

async function search(q: string, within: number | undefined, filters: readonly OrgFilter[], signal: AbortSignal): Promise<{ items: Org[]; error: string | null }> {
  const results = await Promise.all(
    filters.map(({ level, kind }) => {
      const sp = new URLSearchParams({ level, pageSize: "20", status: "ACTIVE" });
      if (kind) sp.set("kind", kind);
      if (q) sp.set("q", q);
      if (within) sp.set("within", String(within));
      return apiRequest<ListResponse>(`/api/v1/organisations?${sp}`, { signal });
    }),
  );
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { items: [], error: failed.error.message };
  const items = results.flatMap((r) => (r.ok ? r.data.data : []));
  items.sort((a, b) => {
    // Names starting with the query first, then by name.
    const pa = q && a.name.startsWith(q) ? 0 : 1;
    const pb = q && b.name.startsWith(q) ? 0 : 1;
    return pa - pb || a.name.localeCompare(b.name, "zh-CN");
  });
  return { items, error: null };
}

export function OrgPicker({ id, value, onChange, onBlur, within, excludeId, disabled, placeholder = "输入工会名称搜索", filters = MEMBER_UNIONS, ...aria }: Props) {
  const filterKey = JSON.stringify(filters);
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Org[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [searchKey, setSearchKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the text in step with a value set from outside (e.g. a form reset):
  // adjusted during render, React's pattern for state derived from props.
  const valueKey = value ? `${value.id}:${value.name}` : "";
  const [seenValueKey, setSeenValueKey] = useState(valueKey);
  if (seenValueKey !== valueKey) {
    setSeenValueKey(valueKey);
    setQuery(value?.name ?? "");
  }

  // Debounced search whenever the list is open and the text changes.
  useEffect(() => {
    if (searchKey === null) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      search(searchKey.trim(), within, JSON.parse(filterKey) as OrgFilter[], ctrl.signal)
        .then((r) => {
          const list = r.items.filter((o) => o.id !== excludeId);
          setItems(list);
          setError(r.error);
          setActive(list.length ? 0 : -1);
          setLoading(false);
        })
        .catch(() => {
          /* aborted */
        });
    }, 250);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [searchKey, within, excludeId, filterKey]);

  useEffect(() => {
    if (active < 0 || !listRef.current) return;
    const el = listRef.current.children[active] as HTMLElement | undefined;
    el?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function openList(text: string) {
    setOpen(true);
    setLoading(true);
    setSearchKey(text);
  }

  function choose(o: Org) {
    onChange({ id: o.id, name: o.name });
    setQuery(o.name);
    setOpen(false);
    setSearchKey(null);
  }

  function close() {
    setOpen(false);
    setSearchKey(null);
    // Leaving without choosing: show the chosen union again (or nothing).
    setQuery(value?.name ?? "");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) openList(value ? "" : query);
      else setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (open) setActive((i) => Math.max(0, i - 1));
    } else if (e.key === "Enter") {
      if (open) {
        e.preventDefault();
        if (active >= 0 && items[active]) choose(items[active]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        close();
      }
    } else if (e.key === "Tab") {
      if (open) close();
    }
  }

  const status = !open ? "" : loading ? "正在搜索…" : error ? error : items.length === 0 ? "没有匹配的工会" : `找到 ${items.length} 个工会，使用上下方向键选择`;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={aria["aria-invalid"]}
        aria-describedby={[aria["aria-describedby"], statusId].filter(Boolean).join(" ")}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (value) onChange(null);
          openList(e.target.value);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => !open && openList(value ? "" : query)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          onBlur?.();
        }}
        className={cn(inputClass, "pr-9")}
      />
      <span aria-hidden="true" className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-gray-400">
        ▾
      </span>
      <p id={statusId} className="sr-only" aria-live="polite">
        {status}
      </p>
      {open && (
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label="工会候选"
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg"
        >
          {loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">正在搜索…</li>}
          {!loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">{error ?? "没有匹配的工会，请换个名称再试"}</li>}
          {items.map((o, i) => (
            <li
              key={o.id}
              id={optionId(i)}
              role="option"
              aria-selected={value?.id === o.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(o)}
              className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-soft" : "bg-white")}
            >
              <span className="block text-[15px] text-gray-900">{o.name}</span>
              <span className="block text-xs text-muted">
                {levelLabel(o.level)} · {kindLabel(o.kind)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
