// .xlsx export of the filtered contract list, streamed.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { CONTRACT_KIND_LABELS, CONTRACT_STATUS_LABELS } from "./labels";
import { exportContracts } from "./queries";
import type { ContractDto } from "./schema";

const COLUMNS: XlsxColumn<ContractDto>[] = [
  { header: "合同名称", value: (c) => c.title, width: 44 },
  { header: "类型", value: (c) => CONTRACT_KIND_LABELS[c.kind], width: 24 },
  { header: "工会方", value: (c) => c.orgName, width: 34 },
  { header: "企业方", value: (c) => c.employerParty, width: 34 },
  { header: "状态", value: (c) => (c.lapsed ? "已过期限（待标记）" : CONTRACT_STATUS_LABELS[c.status]), width: 16 },
  { header: "要约日期", value: (c) => c.offeredOn, width: 12 },
  { header: "职代会审议日期", value: (c) => c.congressOn, width: 14 },
  { header: "赞成票", value: (c) => c.votesFor, width: 8 },
  { header: "反对票", value: (c) => c.votesAgainst, width: 8 },
  { header: "弃权票", value: (c) => c.votesAbstain, width: 8 },
  { header: "签订日期", value: (c) => c.signedOn, width: 12 },
  { header: "报送审查日期", value: (c) => c.submittedOn, width: 12 },
  { header: "生效日期", value: (c) => c.effectiveFrom, width: 12 },
  { header: "终止日期", value: (c) => c.effectiveTo, width: 12 },
  { header: "覆盖企业数", value: (c) => c.enterpriseCount, width: 10, numFmt: "#,##0" },
  { header: "覆盖职工数", value: (c) => c.workerCount, width: 10, numFmt: "#,##0" },
];

export const exportContractList = listExport({ title: "集体合同", action: "contract.export", entityType: "contract", columns: COLUMNS, query: exportContracts });
