import "server-only";
// The annual statistics report as .xlsx in the survey's layout: 指标名称,
// 代码 (row number), 计量单位, 本年, 上年 — first 工会组织基本情况, then the main tables.
import type { Actor } from "../auth/actor";
import { xlsxResponse, type XlsxColumn } from "../xlsx/export";
import { getYearbook } from "./queries";
import type { YearbookQuery, YearbookRow } from "./schema";

type Line = YearbookRow & { code: number };

const COLUMNS: XlsxColumn<Line>[] = [
  { header: "表/栏", width: 22, value: (r) => r.section },
  { header: "指标名称", width: 36, value: (r) => `${"　".repeat(r.indent)}${r.name}` },
  { header: "代码", width: 8, value: (r) => r.code },
  { header: "计量单位", width: 10, value: (r) => r.unit },
  { header: "本年", width: 14, value: (r) => r.value, numFmt: "#,##0.##" },
  { header: "上年", width: 14, value: (r) => r.previous, numFmt: "#,##0.##" },
];

export async function exportYearbook(actor: Actor, q: YearbookQuery): Promise<Response> {
  const y = await getYearbook(actor, q);
  const lines = [...y.summary, ...y.tables].map((r, i) => ({ ...r, code: i + 1 }));
  async function* one() {
    yield lines;
  }
  return xlsxResponse({ filename: `${y.org.name}-${y.year}工会统计年报.xlsx`, sheet: `${y.year}统计年报`, columns: COLUMNS, rows: one() });
}
