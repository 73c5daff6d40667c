import type { GrantStatus } from "../assistance/labels";

/** Where an application stands, in the words a member would use. */
export const MEMBER_STATUS_TEXT: Record<GrantStatus, string> = {
  DRAFT: "待所在工会核实",
  SUBMITTED: "镇（街道）工会审核中",
  REVIEWED: "县（区）总工会审批中",
  APPROVED: "已批准，待公示",
  NOTICE: "公示中",
  DISBURSED: "已发放",
  REJECTED: "未通过",
  WITHDRAWN: "已撤回",
};
