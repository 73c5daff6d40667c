// Hardship-file lifecycle (一人一档): pending verification → in file → lifted
// out of hardship (已解困) → closed. Pure: lib/hardship/mutations.ts enforces it
// and the detail page offers exactly these moves.
import { addYears } from "../dates";
import type { HardshipStatus } from "./labels";

export type FileTransition = {
  from: HardshipStatus;
  to: HardshipStatus;
  /** Entering the file needs at least one verification visit on record. */
  needsVisit?: boolean;
  reason: "required" | "optional";
  label: string;
};

export const FILE_TRANSITIONS: readonly FileTransition[] = [
  { from: "PENDING", to: "IN_FILE", needsVisit: true, reason: "optional", label: "核实建档" },
  { from: "PENDING", to: "CLOSED", reason: "required", label: "不予建档并关闭" },
  { from: "IN_FILE", to: "LIFTED", reason: "required", label: "解困脱困" },
  { from: "IN_FILE", to: "CLOSED", reason: "required", label: "关闭档案" },
  { from: "LIFTED", to: "CLOSED", reason: "required", label: "关闭档案" },
];

/** Open files hold the member's ID-number hash, which makes them unique province-wide. */
export const isOpen = (s: HardshipStatus) => s === "PENDING" || s === "IN_FILE";

export function fileTransition(from: HardshipStatus, to: HardshipStatus): FileTransition | undefined {
  return FILE_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function nextStatuses(from: HardshipStatus): FileTransition[] {
  return FILE_TRANSITIONS.filter((t) => t.from === from);
}

/** yyyy-mm-dd twelve months earlier (the 29 February rule of lib/dates.ts). */
export const yearBefore = (today: string) => addYears(today, -1);

/** 复核到期: an open file not verified within the last 12 months (or never). */
export function isReviewDue(status: HardshipStatus, lastVerifiedOn: string | null, today: string): boolean {
  if (status !== "IN_FILE") return false;
  return lastVerifiedOn === null || lastVerifiedOn <= yearBefore(today);
}
