// The dashboard's tables as one .xlsx workbook (small: built in memory with
// exceljs). Same figures as the page and the API: it calls getDashboard.
import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { inertCell } from "../xlsx/export";
import { getDashboard } from "./queries";
import type { DashboardQuery } from "./schema";

const fmt = (kind: string) => (kind === "amount" ? "#,##0.00" : kind === "rate" ? "0.0" : "#,##0");

export async function exportDashboard(actor: Actor, q: Omit<DashboardQuery, "rank" | "source">): Promise<{ filename: string; body: Buffer }> {
  const d = await getDashboard(actor, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = "工会工作平台";
  const asOf = new Date(Date.parse(d.asOf) + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
  const title = `${d.org.name} · ${d.period.label}（${d.period.from} 至 ${d.period.end}，数据截至 ${asOf}）`;

  const sheet = (name: string, headers: { header: string; width: number }[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
    ws.addRow([title]).font = { bold: true };
    const h = ws.addRow(headers.map((x) => x.header));
    h.font = { bold: true };
    headers.forEach((x, i) => (ws.getColumn(i + 1).width = x.width));
    return ws;
  };

  const cards = sheet("主要指标", [
    { header: "指标", width: 18 },
    { header: "单位", width: 8 },
    { header: "本期", width: 14 },
    { header: "上年同期", width: 14 },
    { header: "同比增减", width: 12 },
    { header: "同比(%)", width: 10 },
    { header: "本期目标", width: 14 },
    { header: "完成进度(%)", width: 12 },
    { header: "口径", width: 60 },
  ]);
  for (const c of d.cards) {
    const row = cards.addRow([c.name, c.unit, c.value, c.previous, c.change.delta, c.change.pct, c.target, c.progress.pct, c.description]);
    [3, 4, 5, 7].forEach((i) => (row.getCell(i).numFmt = fmt(c.kind)));
  }

  const children = sheet("下级对比", [
    { header: "组织", width: 30 },
    ...d.columns.map((c) => ({ header: `${c.name}（${c.unit}）`, width: 14 })),
    { header: "最近录入", width: 18 },
  ]);
  for (const c of d.children) {
    const row = children.addRow([inertCell(c.name), ...d.columns.map((col) => c.values[col.key]), c.lastEntry ? c.lastEntry.slice(0, 10) : "从未录入"]);
    d.columns.forEach((col, i) => (row.getCell(i + 2).numFmt = fmt(col.kind)));
  }
  children.addRow(["本级（直属记录）", ...d.columns.map((col) => d.own.values[col.key])]);

  const ranking = sheet(`排名-${d.ranking.indicator.name}`.slice(0, 31), [
    { header: "名次", width: 8 },
    { header: "组织", width: 30 },
    { header: `本期（${d.ranking.indicator.unit}）`, width: 14 },
    { header: "上年同期", width: 14 },
    { header: "目标", width: 14 },
    { header: "完成进度(%)", width: 12 },
  ]);
  for (const r of d.ranking.rows) ranking.addRow([r.rank, inertCell(r.name), r.value, r.previous, r.target, r.progress.pct]);

  const trend = sheet("月度趋势", [{ header: "指标", width: 18 }, ...d.trend.months.map((m) => ({ header: m.label, width: 11 }))]);
  for (const s of d.trend.series) {
    trend.addRow([`${s.name}（${s.unit}）`, ...s.values]);
    trend.addRow([`  上年同期`, ...s.previous]);
  }

  const breakdown = sheet("分类构成", [
    { header: "分类", width: 28 },
    { header: "类别", width: 26 },
    { header: "本期", width: 14 },
    { header: "上年同期", width: 14 },
  ]);
  for (const b of d.breakdowns) for (const i of b.items) breakdown.addRow([`${b.title}（${b.unit}）`, i.label, i.value, i.previous]);

  const entries = sheet("录入情况", [{ header: "组织", width: 30 }, ...d.entryColumns.map((c) => ({ header: c, width: 18 })), { header: "最近录入", width: 18 }]);
  const day = (s: string | null) => (s ? new Date(Date.parse(s) + 8 * 3600_000).toISOString().slice(0, 10) : "未录入");
  for (const c of d.children) entries.addRow([c.name, ...d.entryColumns.map((col) => day(c.entries[col])), day(c.lastEntry)]);

  await audit(actor, { action: "dashboard.export", entityType: "dashboard", entityId: d.org.id, orgId: d.org.id, details: { period: d.period.param } });
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { filename: `数据看板-${d.org.name}-${d.period.label}.xlsx`, body };
}
