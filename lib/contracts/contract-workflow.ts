// The lifecycle of a collective contract as one pure state machine: which
// status may follow which, what each step needs, and which columns it sets.
// No database here, so every allowed and forbidden step is unit-tested.
//
//   要约 OFFERED → 协商中 NEGOTIATING → 职代会审议通过 CONGRESS_APPROVED → 已签订 SIGNED
//   → 已报送审查 SUBMITTED → 生效 IN_FORCE → 已到期 EXPIRED / 已续订 RENEWED
//
// Two steps go elsewhere: the human-resources bureau may object to a submitted
// contract (《集体合同规定》第四十四至四十六条), which sends it back to
// negotiation; and an expired contract may still be renewed.
import { termEnd } from "../dates";
import { CONTRACT_STATUS_LABELS, EFFECTIVE_STATUSES, MAX_TERM_YEARS, type ContractStatus } from "./labels";

export const TRANSITIONS: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  OFFERED: ["NEGOTIATING"],
  NEGOTIATING: ["CONGRESS_APPROVED"],
  CONGRESS_APPROVED: ["SIGNED"],
  SIGNED: ["SUBMITTED"],
  SUBMITTED: ["IN_FORCE", "NEGOTIATING"],
  IN_FORCE: ["EXPIRED", "RENEWED"],
  EXPIRED: ["RENEWED"],
  RENEWED: [],
};

export const canTransition = (from: ContractStatus, to: ContractStatus) => TRANSITIONS[from].includes(to);
export const allowedTargets = (from: ContractStatus): readonly ContractStatus[] => TRANSITIONS[from];

/** The button label of a step (the same target reads differently from different states). */
export function transitionLabel(from: ContractStatus, to: ContractStatus): string {
  if (to === "NEGOTIATING") return from === "SUBMITTED" ? "审查有异议，退回重新协商" : "开始协商";
  return {
    OFFERED: "要约",
    CONGRESS_APPROVED: "职代会审议通过",
    SIGNED: "签订",
    SUBMITTED: "报送审查",
    IN_FORCE: "审查通过，合同生效",
    EXPIRED: "标记为已到期",
    RENEWED: "续订",
  }[to];
}

/** The last day a term starting on `from` may run to: three years, e.g. 2024-01-01 → 2026-12-31. */
export const latestEffectiveTo = (from: string) => termEnd(from, MAX_TERM_YEARS);

/**
 * In force on `date`: the contract went into force and `date` lies within its
 * term. Computed from dates, so a lapsed contract stops counting the day after
 * it ends whether or not anyone has marked it expired yet. (The SQL in
 * coverage.ts applies the same rule.)
 */
export function isInForceOn(c: { status: ContractStatus; effectiveFrom: string | null; effectiveTo: string | null }, date: string): boolean {
  return EFFECTIVE_STATUSES.includes(c.status) && !!c.effectiveFrom && !!c.effectiveTo && c.effectiveFrom <= date && date <= c.effectiveTo;
}

/** Still marked in force although its term has ended: to be marked expired. */
export const isLapsed = (c: { status: ContractStatus; effectiveTo: string | null }, date: string) =>
  c.status === "IN_FORCE" && !!c.effectiveTo && c.effectiveTo < date;

// ---- rules shared with the input schemas ----

/** 职代会 approval needs more than half of the votes cast (for + against + abstain). */
export function votesProblem(votesFor: number, votesAgainst: number, votesAbstain: number): string | null {
  const cast = votesFor + votesAgainst + votesAbstain;
  if (cast === 0) return "请填写表决票数";
  if (votesFor * 2 <= cast) return `赞成票须超过投票总数的半数（共${cast}票，赞成${votesFor}票）`;
  return null;
}

export function termProblem(effectiveFrom: string, effectiveTo: string): { field: "effectiveTo"; message: string } | null {
  if (effectiveTo <= effectiveFrom) return { field: "effectiveTo", message: "终止日期须晚于起始日期" };
  if (effectiveTo > latestEffectiveTo(effectiveFrom)) {
    return { field: "effectiveTo", message: `合同期限不能超过${MAX_TERM_YEARS}年（最晚至 ${latestEffectiveTo(effectiveFrom)}）` };
  }
  return null;
}

// ---- one step ----

export type TransitionInput =
  | { to: "OFFERED"; on: string; note?: string }
  | { to: "NEGOTIATING"; on: string; note?: string }
  | { to: "CONGRESS_APPROVED"; on: string; votesFor: number; votesAgainst: number; votesAbstain: number; note?: string }
  | { to: "SIGNED"; on: string; note?: string }
  | { to: "SUBMITTED"; on: string; note?: string }
  | { to: "IN_FORCE"; on: string; effectiveFrom: string; effectiveTo: string; note?: string }
  | { to: "EXPIRED"; on: string; note?: string }
  | { to: "RENEWED"; on: string; title?: string; note?: string };

/** What the workflow needs to know about a contract. */
export type ContractState = {
  status: ContractStatus;
  effectiveTo: string | null;
  /** Date of the latest step so far (at least the offer date); steps never go back in time. */
  lastStepOn: string;
};

export type TransitionPatch = {
  status: ContractStatus;
  congressOn?: string | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  signedOn?: string | null;
  submittedOn?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
};

export type TransitionCheck =
  | { ok: true; patch: TransitionPatch; eventNote: string | null }
  | { ok: false; reason: "STATE" | "INVALID"; message: string; fields?: Record<string, string> };

const invalid = (field: string, message: string): TransitionCheck => ({ ok: false, reason: "INVALID", message, fields: { [field]: message } });

/**
 * Decides whether `input` may be applied to a contract in `state` on `today`
 * (China Standard Time), and which columns it sets. "STATE" failures are
 * conflicts with the contract's current status; "INVALID" ones are bad input.
 */
export function checkTransition(state: ContractState, input: TransitionInput, today: string): TransitionCheck {
  const { status } = state;
  if (!canTransition(status, input.to)) {
    return { ok: false, reason: "STATE", message: `合同当前为“${statusName(status)}”，不能办理“${statusName(input.to)}”` };
  }
  if (input.on > today) return invalid("on", "办理日期不能晚于今天");
  if (input.on < state.lastStepOn) return invalid("on", `办理日期不能早于上一环节的日期（${state.lastStepOn}）`);
  const note = input.note?.trim() || null;
  const withNote = (s: string) => (note ? `${s}；${note}` : s);

  switch (input.to) {
    case "OFFERED": // a contract starts there; nothing leads back to it
      return { ok: false, reason: "STATE", message: "合同不能退回要约状态" };
    case "NEGOTIATING": {
      if (status === "SUBMITTED") {
        // The bureau's objection is the reason; the approval and signing must be redone.
        if (!note) return invalid("note", "请填写审查意见（退回原因）");
        return {
          ok: true,
          patch: { status: "NEGOTIATING", congressOn: null, votesFor: null, votesAgainst: null, votesAbstain: null, signedOn: null, submittedOn: null },
          eventNote: `审查有异议：${note}`,
        };
      }
      return { ok: true, patch: { status: "NEGOTIATING" }, eventNote: note };
    }
    case "CONGRESS_APPROVED": {
      const problem = votesProblem(input.votesFor, input.votesAgainst, input.votesAbstain);
      if (problem) return invalid("votesFor", problem);
      return {
        ok: true,
        patch: { status: "CONGRESS_APPROVED", congressOn: input.on, votesFor: input.votesFor, votesAgainst: input.votesAgainst, votesAbstain: input.votesAbstain },
        eventNote: withNote(`赞成${input.votesFor}票，反对${input.votesAgainst}票，弃权${input.votesAbstain}票`),
      };
    }
    case "SIGNED":
      return { ok: true, patch: { status: "SIGNED", signedOn: input.on }, eventNote: note };
    case "SUBMITTED":
      return { ok: true, patch: { status: "SUBMITTED", submittedOn: input.on }, eventNote: note };
    case "IN_FORCE": {
      const term = termProblem(input.effectiveFrom, input.effectiveTo);
      if (term) return invalid(term.field, term.message);
      if (input.effectiveTo < input.on) return invalid("effectiveTo", "合同期限已经届满，不能再办理生效");
      return {
        ok: true,
        patch: { status: "IN_FORCE", effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo },
        eventNote: withNote(`期限 ${input.effectiveFrom} 至 ${input.effectiveTo}`),
      };
    }
    case "EXPIRED": {
      if (state.effectiveTo && input.on <= state.effectiveTo) {
        return invalid("on", `合同期限至 ${state.effectiveTo}，期满后才能标记为已到期`);
      }
      return { ok: true, patch: { status: "EXPIRED" }, eventNote: note };
    }
    case "RENEWED":
      return { ok: true, patch: { status: "RENEWED" }, eventNote: note };
  }
}

const statusName = (s: ContractStatus) => CONTRACT_STATUS_LABELS[s];
