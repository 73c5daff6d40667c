// Chinese labels of the self-service enums (client-safe).
import type { ChangeRequestStatus, ServicePointKind } from "../db/generated/enums";

export const SERVICE_POINT_KIND_LABELS: Record<ServicePointKind, string> = {
  OUTDOOR_STATION: "户外劳动者服务站",
  DRIVERS_HOME: "司机之家",
  READING_ROOM: "职工书屋",
  NURSING_ROOM: "爱心母婴室",
  WORKERS_HOME: "职工之家",
  LEGAL_AID: "法律援助工作站",
  OTHER: "服务点",
};

/** Where a member's correction request stands (the member and the staff see the same words). */
export const CHANGE_REQUEST_STATUS_LABELS: Record<ChangeRequestStatus, string> = { PENDING: "处理中", APPROVED: "已更正", REJECTED: "未通过" };
