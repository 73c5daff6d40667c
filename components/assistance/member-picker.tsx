"use client";
// Searchable combobox for choosing an active member within a scope (name,
// phone prefix or full ID number, as the registry's search). ARIA 1.2
// combobox: type to search (debounced), ↑/↓ to move, Enter to choose, Esc to close.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { MemberDto } from "@/lib/members/schema";
import { apiRequest } from "../api";
import { cn } from "../ui/cn";
import { inputClass } from "../ui/field";

export type PickedMember = { id: string; name: string; idMasked: string; orgName: string };

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

export function MemberPicker({ id, value, onChange, onBlur, within, disabled, ...aria }: Props) {
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<MemberDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [searchKey, setSearchKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (searchKey === null) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      const q = searchKey.trim();
      if (!q) {
        setItems([]);
        setLoading(false);
        return;
      }
      const sp = new URLSearchParams({ q, status: "ACTIVE", pageSize: "20" });
      if (within) sp.set("orgId", String(within));
      apiRequest<{ data: MemberDto[] }>(`/api/v1/members?${sp}`, { signal: ctrl.signal })
        .then((r) => {
          setItems(r.ok ? r.data.data : []);
          setError(r.ok ? null : r.error.message);
          setActive(r.ok && r.data.data.length ? 0 : -1);
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
  }, [searchKey, within]);

  useEffect(() => {
    if (active < 0 || !listRef.current) return;
    (listRef.current.children[active] as HTMLElement | undefined)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function search(text: string) {
    setOpen(true);
    setLoading(true);
    setSearchKey(text);
  }

  function choose(m: MemberDto) {
    onChange({ id: m.id, name: m.name, idMasked: m.idMasked, orgName: m.orgName });
    setQuery(m.name);
    setOpen(false);
    setSearchKey(null);
  }

  function close() {
    setOpen(false);
    setSearchKey(null);
    setQuery(value?.name ?? "");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) search(query);
      else setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (open) setActive((i) => Math.max(0, i - 1));
    } else if (e.key === "Enter") {
      if (open) {
        e.preventDefault();
        if (active >= 0 && items[active]) choose(items[active]);
      }
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      close();
    } else if (e.key === "Tab" && open) close();
  }

  const status = !open ? "" : loading ? "正在搜索…" : error ? error : items.length === 0 ? "没有匹配的会员" : `找到 ${items.length} 名会员，使用上下方向键选择`;
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
        placeholder="输入姓名、手机号或完整身份证号搜索"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (value) onChange(null);
          search(e.target.value);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          onBlur?.();
        }}
        className={cn(inputClass, "pr-9")}
      />
      <p id={statusId} className="sr-only" aria-live="polite">
        {status}
      </p>
      {value && (
        <p className="mt-1 text-xs text-muted">
          {value.idMasked} · {value.orgName}
        </p>
      )}
      {open && (
        <ul ref={listRef} id={listId} role="listbox" aria-label="会员候选" className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg">
          {loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">正在搜索…</li>}
          {!loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">{error ?? (query.trim() ? "没有匹配的会员" : "请输入姓名、手机号或身份证号")}</li>}
          {items.map((m, i) => (
            <li
              key={m.id}
              id={optionId(i)}
              role="option"
              aria-selected={value?.id === m.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(m)}
              className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-soft" : "bg-white")}
            >
              <span className="block text-[15px] text-gray-900">
                {m.name} <span className="font-mono text-xs text-muted">{m.idMasked}</span>
              </span>
              <span className="block truncate text-xs text-muted">{m.orgName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
