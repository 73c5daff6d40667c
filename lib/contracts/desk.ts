import "server-only";
import { deskCount, deskTake, type DeskSource } from "../desk/types";
import { countReminders } from "./queries";
import { EXPIRY_WINDOW_DAYS } from "./labels";

export const contractsDesk: DeskSource = async (actor, scope) => {
  const r = await countReminders(actor, scope.id, deskTake(scope));
  return [
    { key: "contracts-expiring", label: `${EXPIRY_WINDOW_DAYS}天内到期的集体合同`, ...deskCount(r.expiring), href: "/contracts/reminders", hint: "请及时启动续订协商" },
    { key: "contracts-lapsed", label: "已过期限待标记的集体合同", ...deskCount(r.lapsed), href: "/contracts?lapsed=true" },
  ];
};
