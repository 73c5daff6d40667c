// Chinese labels for funds, the ledger and grants (帮扶救助), shared by pages, forms and exports.
export const FUND_SOURCES = ["OWN", "ALLOCATION", "DONATION"] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  OWN: "自有资金",
  ALLOCATION: "上级拨付",
  DONATION: "社会捐赠",
};

export const LEDGER_KINDS = ["ALLOCATION", "DISBURSEMENT", "REVERSAL"] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  ALLOCATION: "拨入",
  DISBURSEMENT: "发放",
  REVERSAL: "冲正",
};

export const GRANT_KINDS = ["WARMTH", "EDUCATION", "MEDICAL", "LIVING", "MODEL_WORKER", "EDUCATION_UPGRADE", "OTHER"] as const;
export type GrantKind = (typeof GRANT_KINDS)[number];
export const GRANT_KIND_LABELS: Record<GrantKind, string> = {
  WARMTH: "送温暖",
  EDUCATION: "金秋助学",
  MEDICAL: "医疗救助",
  LIVING: "生活救助",
  MODEL_WORKER: "困难劳模帮扶",
  EDUCATION_UPGRADE: "学历提升补助",
  OTHER: "其他帮扶",
};

export const GRANT_STATUSES = ["DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "NOTICE", "DISBURSED", "REJECTED", "WITHDRAWN"] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const GRANT_STATUS_LABELS: Record<GrantStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  REVIEWED: "已审核",
  APPROVED: "已审批",
  NOTICE: "公示中",
  DISBURSED: "已发放",
  REJECTED: "已驳回",
  WITHDRAWN: "已撤回",
};

export const GRANT_CHANNEL_LABELS = { STAFF: "工会干部录入", MEMBER: "会员网上申请" } as const;
