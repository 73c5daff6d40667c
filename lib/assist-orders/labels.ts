// Labels and the matching vocabulary of 劳模工匠助企行 orders. Client-safe.
export const ASSIST_TRADES = [
  "MACHINING",
  "WELDING",
  "ELECTRICAL",
  "PETROLEUM_EQUIPMENT",
  "TEXTILE",
  "CHEMICAL",
  "ELECTRONICS",
  "ENERGY_SAVING",
  "SAFETY",
  "QUALITY",
  "OTHER",
] as const;
export type AssistTrade = (typeof ASSIST_TRADES)[number];

export const ASSIST_TRADE_LABELS: Record<AssistTrade, string> = {
  MACHINING: "机械加工与制造",
  WELDING: "焊接",
  ELECTRICAL: "电气与自动化",
  PETROLEUM_EQUIPMENT: "石油机械",
  TEXTILE: "纺织服装",
  CHEMICAL: "化工",
  ELECTRONICS: "电子信息",
  ENERGY_SAVING: "节能环保",
  SAFETY: "安全生产",
  QUALITY: "质量管理与工艺",
  OTHER: "其他",
};

/**
 * Words that show a studio, its achievements or a past order's title work in a
 * trade. Neither members nor studios carry a trade of their own, so matching
 * reads their names, descriptions and achievement titles for these.
 */
export const TRADE_KEYWORDS: Record<AssistTrade, string[]> = {
  MACHINING: ["机械", "数控", "机床", "刀具", "装配", "夹具", "工装", "减速箱"],
  WELDING: ["焊接", "焊缝", "焊"],
  ELECTRICAL: ["电气", "自动化", "变频", "电机", "控制", "照明"],
  PETROLEUM_EQUIPMENT: ["石油", "油田", "管汇", "抽油机", "钻采"],
  TEXTILE: ["纺织", "纱", "服装", "织"],
  CHEMICAL: ["化工", "化学", "涂料"],
  ELECTRONICS: ["电子", "电池", "信息", "芯片", "软件"],
  ENERGY_SAVING: ["节能", "环保", "除尘", "烘干", "冷却", "循环"],
  SAFETY: ["安全", "防滑", "限位", "警示"],
  QUALITY: ["质量", "质检", "合格", "工艺", "点检", "操作法"],
  OTHER: [],
};

export const ASSIST_URGENCIES = ["NORMAL", "URGENT", "CRITICAL"] as const;
export const ASSIST_URGENCY_LABELS: Record<(typeof ASSIST_URGENCIES)[number], string> = { NORMAL: "一般", URGENT: "较急", CRITICAL: "紧急" };

export const ASSIST_STATUSES = ["OPEN", "DISPATCHED", "CLOSED", "CANCELLED"] as const;
export type AssistStatus = (typeof ASSIST_STATUSES)[number];
export const ASSIST_STATUS_LABELS: Record<AssistStatus, string> = { OPEN: "待派单", DISPATCHED: "服务中", CLOSED: "已办结", CANCELLED: "已撤销" };

export const ASSIST_SORTS = ["-requestedOn", "requestedOn", "-benefit", "-createdAt"] as const;

/** How far a proposed helper is from the enterprise: same town, county, city. */
export const DISTANCE_LABELS = ["同镇（街道）", "同县（区）", "同市"] as const;

/** Which transitions each act allows (409 otherwise). */
export const ASSIST_ACTS: Record<"dispatch" | "visit" | "close" | "cancel", readonly AssistStatus[]> = {
  dispatch: ["OPEN", "DISPATCHED"],
  visit: ["DISPATCHED"],
  close: ["DISPATCHED"],
  cancel: ["OPEN", "DISPATCHED"],
};
