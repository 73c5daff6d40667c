// .xlsx export of the filtered studio list, streamed.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { STUDIO_KIND_LABELS, STUDIO_LEVEL_LABELS, STUDIO_STATUS_LABELS } from "./labels";
import { exportStudios } from "./queries";
import type { StudioDto } from "./schema";

const COLUMNS: XlsxColumn<StudioDto>[] = [
  { header: "工作室名称", value: (s) => s.name, width: 30 },
  { header: "类别", value: (s) => STUDIO_KIND_LABELS[s.kind], width: 16 },
  { header: "级别", value: (s) => STUDIO_LEVEL_LABELS[s.level], width: 10 },
  { header: "领衔人", value: (s) => s.leadName, width: 10 },
  { header: "依托单位", value: (s) => s.orgName, width: 36 },
  { header: "命名日期", value: (s) => s.foundedOn, width: 12 },
  { header: "状态", value: (s) => STUDIO_STATUS_LABELS[s.status], width: 10 },
  { header: "状态日期", value: (s) => s.statusOn, width: 12 },
  { header: "成员数", value: (s) => s.memberCount, width: 8 },
  { header: "成果数", value: (s) => s.achievementCount, width: 8 },
  { header: "经济效益（元）", value: (s) => Number(s.benefitTotal), numFmt: "#,##0.00", width: 16 },
  { header: "师徒结对数", value: (s) => s.mentorshipCount, width: 10 },
];

/** Open to every role that may list them: the query's scope rules apply as they do to the list. */
export const exportStudioList = listExport({ title: "创新工作室", everyone: true, action: "studio.export", entityType: "studio", columns: COLUMNS, query: exportStudios });
