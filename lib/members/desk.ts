import "server-only";
import { isStaffLike } from "../auth/actor";
import { DESK_COUNT_CAP, type DeskSource } from "../desk/types";
import { listTransferRequests } from "./transfers";
import { countPendingApplications } from "./join";
import { countLapsedMembers, LAPSE_MONTHS } from "./lapsed";

/** Transfer requests into the scope's unions that wait for this side to accept them. */
export const transfersDesk: DeskSource = async (actor) => {
  const r = await listTransferRequests(actor, { direction: "in", status: "PENDING", page: 1, pageSize: 1 });
  return [{ key: "transfers-in", label: "待接收的会籍转入", count: r.total, href: "/members/transfers?direction=in&status=PENDING", hint: "外县（区）会员申请转入本范围工会" }];
};

/** Online applications (网上入会) waiting in the scope's unions' queues. */
export const applicationsDesk: DeskSource = async (actor, scope) => [
  { key: "member-applications", label: "待审核的网上入会申请", count: await countPendingApplications(actor, scope.id), href: "/members/applications?status=PENDING", hint: "职工网上申请，同意后生成激活码" },
];

/** 会籍复核: members of the scope with no union activity for six months, shown only where there are some. */
export const lapsedDesk: DeskSource = async (actor, scope) => {
  if (!isStaffLike(actor)) return [];
  const { count, capped } = await countLapsedMembers(actor, scope.id, DESK_COUNT_CAP);
  return count ? [{ key: "members-lapsed", label: "待复核的会员", count, capped, href: "/members/lapsed", hint: `${LAPSE_MONTHS}个月未参加工会活动，确认保留或按退会处理` }] : [];
};
