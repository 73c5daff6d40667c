// .xlsx exports of the competition list and of one competition's entries,
// streamed. Entries use the import template's columns (ID numbers masked, or in
// full for staff asking for the "import format", audited like a reveal).
import "server-only";
import { listExport, rosterExport, type XlsxColumn } from "../xlsx/export";
import { COMPETITION_AWARD_LABELS, COMPETITION_KIND_LABELS, COMPETITION_LEVEL_LABELS } from "./labels";
import { countEntries, type EntryExportRow, exportCompetitions, exportEntries, findCompetitionInScope } from "./queries";
import type { CompetitionDto } from "./schema";
import { ENTRY_COLUMNS } from "./import";

const COMPETITION_COLUMNS: XlsxColumn<CompetitionDto>[] = [
  { header: "竞赛名称", value: (c) => c.name, width: 36 },
  { header: "竞赛类别", value: (c) => COMPETITION_KIND_LABELS[c.kind], width: 16 },
  { header: "级别", value: (c) => COMPETITION_LEVEL_LABELS[c.level], width: 10 },
  { header: "举办组织", value: (c) => c.orgName, width: 30 },
  { header: "主办单位", value: (c) => c.organiser, width: 24 },
  { header: "开始日期", value: (c) => c.startsOn, width: 12 },
  { header: "结束日期", value: (c) => c.endsOn, width: 12 },
  { header: "工种", value: (c) => c.trades.join("、"), width: 40 },
  { header: "参赛人次", value: (c) => c.entryCount, width: 10 },
  { header: "获奖人次", value: (c) => c.awardCount, width: 10 },
  { header: "推荐荣誉人数", value: (c) => c.nominationCount, width: 12 },
  { header: "备注", value: (c) => c.notes, width: 30 },
];

export const exportCompetitionList = listExport({ title: "劳动和技能竞赛", action: "competition.export", entityType: "competition", columns: COMPETITION_COLUMNS, query: exportCompetitions });

const ENTRY_VALUES: Record<(typeof ENTRY_COLUMNS)[number]["key"], (e: EntryExportRow) => string | number | null> = {
  name: (e) => e.memberName,
  idNumber: (e) => e.idNumber,
  trade: (e) => e.trade,
  score: (e) => e.score,
  rank: (e) => e.rank,
  award: (e) => (e.award ? COMPETITION_AWARD_LABELS[e.award] : null),
};

const NOMINATION_STATUS = { NOMINATED: "已推荐", AWARDED: "已授予", WITHDRAWN: "已撤销" } as const;

const ENTRY_EXPORT_COLUMNS: XlsxColumn<EntryExportRow>[] = [
  ...ENTRY_COLUMNS.map((col) => ({ header: col.header, width: col.width, value: ENTRY_VALUES[col.key] })),
  { header: "所在工会", value: (e) => e.memberOrgName, width: 36 },
  { header: "荣誉推荐", value: (e) => (e.nomination ? `${e.nomination.title}（${NOMINATION_STATUS[e.nomination.status]}）` : null), width: 20 },
];

export const exportEntryList = rosterExport({
  title: "竞赛选手",
  action: "competition.entry.export",
  entityType: "competition",
  find: findCompetitionInScope,
  name: (c) => c.name,
  count: countEntries,
  rows: exportEntries,
  columns: ENTRY_EXPORT_COLUMNS,
});
