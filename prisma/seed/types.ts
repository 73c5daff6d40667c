export type OrgLevelName = "PROVINCE" | "CITY" | "COUNTY" | "TOWN" | "VILLAGE" | "GRASSROOTS";
export type OrgKindName = "FEDERATION" | "COMMUNITY" | "INDEPENDENT" | "JOINT" | "INDUSTRY" | "NEW_EMPLOYMENT";
export type MemberGroupName =
  | "MIGRANT_WORKER"
  | "FRONTLINE"
  | "TRUCK_DRIVER"
  | "COURIER"
  | "FOOD_DELIVERY"
  | "RIDE_HAILING"
  | "LIVE_STREAMER"
  | "PROPERTY_STAFF";

export const NEW_EMPLOYMENT_GROUPS: MemberGroupName[] = [
  "TRUCK_DRIVER", "COURIER", "FOOD_DELIVERY", "RIDE_HAILING", "LIVE_STREAMER", "PROPERTY_STAFF",
];

/** Enum order of MemberGroup, so stored arrays come out sorted consistently. */
export const GROUP_ORDER: MemberGroupName[] = ["MIGRANT_WORKER", "FRONTLINE", ...NEW_EMPLOYMENT_GROUPS];

export type OrgRow = {
  id: number;
  name: string;
  level: OrgLevelName;
  kind: OrgKindName;
  code: string | null;
  parentId: number | null;
  ancestorIds: number[];
  creditCode: string | null;
  employeeCount: number | null;
  coveredEnterprises: number | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  foundedOn: number | null;
};

/** Where members are to be generated and what they look like. */
export type MemberPlan = {
  org: OrgRow;
  county: string;
  city: string;
  count: number;
  /** Dominant new-employment group of an industry or new-employment union. */
  group?: MemberGroupName;
  institution?: boolean;
};
