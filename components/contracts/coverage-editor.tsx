"use client";
// Chooses the enterprises a regional or industry contract covers, among those
// the server says the party may cover (GET /api/v1/contracts/candidates), with
// each one's worker count at signing. Single-enterprise contracts do not use
// this: their one enterprise is the union's own (see contract-form.tsx).
import { useState } from "react";
import type { EnterpriseDto } from "@/lib/enterprises/schema";
import type { ContractKind } from "@/lib/contracts/labels";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { formatNumber } from "../format";

export type CoverageRow = { enterpriseId: string; workerCount: number | string };
export type EnterpriseName = { name: string; areaName: string };

type Props = {
  id: string;
  partyId: number;
  kind: ContractKind;
  value: CoverageRow[];
  names: Map<string, EnterpriseName>;
  onChange: (rows: CoverageRow[], names: Map<string, EnterpriseName>) => void;
  error?: string;
  rowError?: (i: number) => string | undefined;
};

type Page = { data: EnterpriseDto[]; total: number };

export function CoverageEditor({ id, partyId, kind, value, names, onChange, error, rowError }: Props) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Page | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const chosen = new Set(value.map((r) => r.enterpriseId));

  async function fetchCandidates(text: string, pageSize: number) {
    const sp = new URLSearchParams({ orgId: String(partyId), kind, pageSize: String(pageSize) });
    if (text.trim()) sp.set("q", text.trim());
    return apiRequest<Page>(`/api/v1/contracts/candidates?${sp}`);
  }

  function add(list: EnterpriseDto[]) {
    const next = new Map(names);
    const rows = [...value];
    for (const e of list) {
      if (chosen.has(e.id)) continue;
      next.set(e.id, { name: e.name, areaName: e.areaName });
      rows.push({ enterpriseId: e.id, workerCount: e.workerCount });
    }
    onChange(rows, next);
    return rows.length - value.length;
  }

  async function search() {
    setBusy(true);
    setMessage(null);
    const r = await fetchCandidates(q, 20);
    setBusy(false);
    if (r.ok) setFound(r.data);
    else setMessage(r.error.message);
  }

  async function addAll() {
    setBusy(true);
    setMessage(null);
    const r = await fetchCandidates("", 1000);
    setBusy(false);
    if (!r.ok) return setMessage(r.error.message);
    const n = add(r.data.data);
    setMessage(r.data.total > r.data.data.length ? `已添加 ${n} 家（共 ${r.data.total} 家，一次最多添加1,000家）` : `已添加 ${n} 家企业`);
  }

  const totalWorkers = value.reduce((s, r) => s + (Number(r.workerCount) || 0), 0);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[14rem] flex-1">
          <label htmlFor={`${id}-q`} className="field-label">
            查找可覆盖的企业
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void search();
              }
            }}
            placeholder="企业名称（留空列出全部）"
            className={inputClass}
          />
        </div>
        <Button onClick={search} disabled={busy}>
          查找
        </Button>
        <Button onClick={addAll} disabled={busy}>
          添加全部已建会企业
        </Button>
      </div>
      <p role="status" className="text-sm text-muted">
        {busy ? "正在查询…" : message}
      </p>
      {found && (
        <div className="rounded-md border border-line">
          <p className="border-b border-line bg-gray-50 px-3 py-2 text-sm text-muted">
            找到 {formatNumber(found.total)} 家{found.total > found.data.length ? `，显示前 ${found.data.length} 家` : ""}
          </p>
          <ul className="relative max-h-60 overflow-auto" aria-label="候选企业">
            {found.data.length === 0 && <li className="px-3 py-2 text-sm text-muted">没有符合条件的已建会企业</li>}
            {found.data.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-3 border-b border-line px-3 py-2 last:border-b-0">
                <span className="min-w-0">
                  <span className="block truncate text-[15px] text-gray-900">{e.name}</span>
                  <span className="block text-xs text-muted">
                    {e.areaName} · {formatNumber(e.workerCount)} 人
                  </span>
                </span>
                <Button size="sm" disabled={chosen.has(e.id)} onClick={() => add([e])} aria-label={`添加${e.name}`}>
                  {chosen.has(e.id) ? "已添加" : "添加"}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="rounded-md border border-line" id={id}>
        <p className="flex flex-wrap justify-between gap-2 border-b border-line bg-gray-50 px-3 py-2 text-sm text-gray-700">
          <span>
            已选 {formatNumber(value.length)} 家企业，职工 {formatNumber(totalWorkers)} 人
          </span>
          {value.length > 0 && (
            <button type="button" className="text-sm text-red-700 hover:underline" onClick={() => onChange([], names)}>
              全部移除
            </button>
          )}
        </p>
        {value.length === 0 ? (
          <p className="px-3 py-4 text-sm text-muted">尚未选择覆盖企业。</p>
        ) : (
          <ul className="relative max-h-96 overflow-auto" aria-label="已选覆盖企业">
            {value.map((r, i) => {
              const n = names.get(r.enterpriseId);
              const err = rowError?.(i);
              return (
                <li key={r.enterpriseId} className="flex flex-wrap items-center gap-3 border-b border-line px-3 py-2 last:border-b-0">
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-[15px] text-gray-900">{n?.name ?? r.enterpriseId}</span>
                    {n && <span className="block text-xs text-muted">{n.areaName}</span>}
                  </span>
                  <label className="flex shrink-0 items-center gap-1 whitespace-nowrap text-sm text-gray-700">
                    <span className="sr-only">{n?.name}的</span>职工
                    <input
                      type="number"
                      min={1}
                      inputMode="numeric"
                      value={r.workerCount}
                      aria-invalid={err ? true : undefined}
                      onChange={(e) => onChange(value.map((x, j) => (j === i ? { ...x, workerCount: e.target.value } : x)), names)}
                      className={`${inputClass} !w-24 py-1`}
                    />
                    人
                  </label>
                  <Button size="sm" variant="ghost" onClick={() => onChange(value.filter((_, j) => j !== i), names)} aria-label={`移除${n?.name ?? ""}`}>
                    移除
                  </Button>
                  {err && <p className="w-full text-sm text-red-700">{err}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
