// .xlsx exports of the honours list and of the model-worker service records, streamed.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { HOLDER_KIND_LABELS, HONOUR_LEVEL_LABELS, HONOUR_STATUS_LABELS, HONOUR_TITLE_LABELS, SERVICE_KIND_LABELS } from "./labels";
import { exportHonours, exportServices } from "./queries";
import type { HonourDto, ServiceDto } from "./schema";

const HONOUR_COLUMNS: XlsxColumn<HonourDto>[] = [
  { header: "年度", value: (h) => h.year, width: 8 },
  { header: "类型", value: (h) => HOLDER_KIND_LABELS[h.holder], width: 8 },
  { header: "获得者", value: (h) => h.memberName ?? h.teamName, width: 24 },
  { header: "所属工会", value: (h) => h.orgName, width: 36 },
  { header: "荣誉称号", value: (h) => HONOUR_TITLE_LABELS[h.title], width: 14 },
  { header: "称号全称", value: (h) => h.titleText, width: 20 },
  { header: "级别", value: (h) => HONOUR_LEVEL_LABELS[h.level], width: 10 },
  { header: "授予单位", value: (h) => h.awardingBody, width: 24 },
  { header: "奖励金额（元）", value: (h) => (h.awardAmount === null ? null : Number(h.awardAmount)), numFmt: "#,##0.00", width: 14 },
  { header: "状态", value: (h) => HONOUR_STATUS_LABELS[h.status], width: 8 },
  { header: "来源竞赛", value: (h) => (h.source ? `${h.source.competitionName}（${h.source.trade}）` : null), width: 30 },
  { header: "备注", value: (h) => h.notes, width: 30 },
];

export const exportHonourList = listExport({ title: "荣誉名录", action: "honour.export", entityType: "honour", columns: HONOUR_COLUMNS, query: exportHonours });

const SERVICE_COLUMNS: XlsxColumn<ServiceDto>[] = [
  { header: "年度", value: (s) => s.year, width: 8 },
  { header: "姓名", value: (s) => s.memberName, width: 12 },
  { header: "所在工会", value: (s) => s.orgName, width: 36 },
  { header: "服务项目", value: (s) => SERVICE_KIND_LABELS[s.kind], width: 12 },
  { header: "服务日期", value: (s) => s.servedOn, width: 12 },
  { header: "费用（元）", value: (s) => (s.amount === null ? null : Number(s.amount)), numFmt: "#,##0.00", width: 12 },
  { header: "备注", value: (s) => s.notes, width: 30 },
];

export const exportServiceList = listExport({ title: "劳模服务台账", sheet: "劳模服务", action: "model_worker_service.export", entityType: "model_worker_service", columns: SERVICE_COLUMNS, query: exportServices });
