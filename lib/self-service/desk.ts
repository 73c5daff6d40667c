import "server-only";
import type { DeskSource } from "../desk/types";
import { countPendingChangeRequests } from "./profile";

export const changeRequestDesk: DeskSource = async (actor) => [
  { key: "change-requests", label: "会员信息更正申请", count: await countPendingChangeRequests(actor), href: "/members/change-requests", hint: "会员网上提交，待核实更正" },
];
