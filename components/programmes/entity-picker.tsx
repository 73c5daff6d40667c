"use client";
// A searchable combobox (ARIA 1.2 pattern) over any search function: used to
// pick a member or an organisation in the programme-record forms. Type to
// search (debounced), ↑/↓ to move, Enter to choose, Esc to close.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "../ui/cn";
import { inputClass } from "../ui/field";

export type Picked = { id: string; name: string };
export type Candidate = Picked & { hint?: string };
export type SearchFn = (q: string, signal: AbortSignal) => Promise<{ items: Candidate[]; error: string | null }>;

type Props = {
  id: string;
  value: Picked | null;
  /** Receives the chosen candidate (its hint included) or null. */
  onChange: (v: Candidate | null) => void;
  onBlur?: () => void;
  search: SearchFn;
  placeholder?: string;
  listLabel: string;
  emptyText: string;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

export function EntityPicker({ id, value, onChange, onBlur, search, placeholder, listLabel, emptyText, disabled, ...aria }: Props) {
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Candidate[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [searchKey, setSearchKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const valueKey = value ? `${value.id}:${value.name}` : "";
  const [seenValueKey, setSeenValueKey] = useState(valueKey);
  if (seenValueKey !== valueKey) {
    setSeenValueKey(valueKey);
    setQuery(value?.name ?? "");
  }

  useEffect(() => {
    if (searchKey === null) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      search(searchKey.trim(), ctrl.signal)
        .then((r) => {
          setItems(r.items);
          setError(r.error);
          setActive(r.items.length ? 0 : -1);
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
  }, [searchKey, search]);

  useEffect(() => {
    if (active < 0 || !listRef.current) return;
    (listRef.current.children[active] as HTMLElement | undefined)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function openList(text: string) {
    setOpen(true);
    setLoading(true);
    setSearchKey(text);
  }
  function choose(o: Candidate) {
    onChange(o);
    setQuery(o.name);
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
    } else if (e.key === "Tab" && open) close();
  }

  const status = !open ? "" : loading ? "正在搜索…" : error ? error : items.length === 0 ? emptyText : `找到 ${items.length} 项，使用上下方向键选择`;
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
        <ul ref={listRef} id={listId} role="listbox" aria-label={listLabel} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg">
          {loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">正在搜索…</li>}
          {!loading && items.length === 0 && <li className="px-3 py-2 text-sm text-muted">{error ?? emptyText}</li>}
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
              {o.hint && <span className="block text-xs text-muted">{o.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
