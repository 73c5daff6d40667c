// A yearbook table: 指标, 计量单位, 本年, 上年, sections as header rows; used
// by the page and the A4 print view (`print` draws ruled cells).
import type { YearbookRow } from "@/lib/yearbook/schema";
import { formatNumber } from "@/components/format";

export function RowsTable({ rows, caption, year, print = false }: { rows: YearbookRow[]; caption: string; year: number; print?: boolean }) {
  const cell = print ? "border border-black px-1 py-0.5" : "px-4 py-1.5";
  const sections = [...new Set(rows.map((r) => r.section))];
  return (
    <table className={print ? "mb-3 w-full border-collapse" : "w-full min-w-[520px] text-sm"}>
      <caption className={print ? "mb-1 text-left font-bold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className={print ? "" : "border-b border-line bg-gray-50 text-left text-gray-600"}>
          <th scope="col" className={`${cell} text-left font-medium`}>指标</th>
          <th scope="col" className={`${cell} text-left font-medium`}>计量单位</th>
          <th scope="col" className={`${cell} text-right font-medium`}>{year}年</th>
          <th scope="col" className={`${cell} text-right font-medium`}>{year - 1}年</th>
        </tr>
      </thead>
      {sections.map((s) => (
        <tbody key={s}>
          {sections.length > 1 && (
            <tr className={print ? "" : "border-b border-line bg-gray-50"}>
              <th scope="rowgroup" colSpan={4} className={`${cell} text-left font-bold`}>{s}</th>
            </tr>
          )}
          {rows.filter((r) => r.section === s).map((r) => (
            <tr key={r.key} className={print ? "break-inside-avoid" : "border-b border-line last:border-b-0"}>
              <th scope="row" className={`${cell} text-left font-normal`} style={{ paddingLeft: `${0.5 + r.indent * 1.25}rem` }}>{r.name}</th>
              <td className={`${cell} ${print ? "" : "text-muted"}`}>{r.value === null ? "" : r.unit}</td>
              <td className={`${cell} text-right tabular-nums`}>{r.value === null ? "" : formatNumber(r.value)}</td>
              <td className={`${cell} text-right tabular-nums`}>{r.previous === null ? "" : formatNumber(r.previous)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
