import { describe, expect, it } from "vitest";
import { decisionStatus, dueSoon, expectedPercent, indicatorPercent, taskStatus, type StatusInput } from "@/lib/reform/status";

const base: StatusInput = {
  today: "2026-04-01",
  deadline: "2026-12-31",
  milestones: [
    { dueOn: "2026-03-31", percent: 25 },
    { dueOn: "2026-06-30", percent: 50 },
    { dueOn: "2026-09-30", percent: 75 },
  ],
  percent: 0,
  started: false,
  completedOn: null,
};

describe("task status", () => {
  it("is not started before anything is reported or due", () => {
    expect(taskStatus({ ...base, today: "2026-03-01" })).toBe("NOT_STARTED");
  });

  it("is not late on a milestone's own due day, and late the day after without the expected progress", () => {
    expect(taskStatus({ ...base, today: "2026-03-31", percent: 10, started: true })).toBe("IN_PROGRESS");
    expect(taskStatus({ ...base, today: "2026-04-01", percent: 10, started: true })).toBe("LATE");
    expect(taskStatus({ ...base, today: "2026-04-01" })).toBe("LATE");
  });

  it("is on track exactly at the expected percent, late one point below", () => {
    expect(taskStatus({ ...base, today: "2026-07-01", percent: 50, started: true })).toBe("IN_PROGRESS");
    expect(taskStatus({ ...base, today: "2026-07-01", percent: 49, started: true })).toBe("LATE");
  });

  it("clears the lateness when the unit catches up", () => {
    expect(taskStatus({ ...base, today: "2026-08-15", percent: 60, started: true })).toBe("IN_PROGRESS");
  });

  it("is late once the deadline has passed below 100 %, whatever the milestones", () => {
    const noMs = { ...base, milestones: [] };
    expect(taskStatus({ ...noMs, today: "2026-12-31", percent: 90, started: true })).toBe("IN_PROGRESS");
    expect(taskStatus({ ...noMs, today: "2027-01-01", percent: 90, started: true })).toBe("LATE");
    expect(taskStatus({ ...noMs, today: "2027-01-01", percent: 100, started: true })).toBe("IN_PROGRESS");
  });

  it("is completed only when confirmed, even past the deadline", () => {
    expect(taskStatus({ ...base, today: "2027-02-01", percent: 80, started: true, completedOn: "2026-12-20" })).toBe("COMPLETED");
  });

  it("expects the highest passed checkpoint", () => {
    expect(expectedPercent("2026-10-01", base.deadline, base.milestones)).toBe(75);
    expect(expectedPercent("2026-01-01", base.deadline, base.milestones)).toBe(0);
    expect(expectedPercent("2027-01-01", base.deadline, base.milestones)).toBe(100);
  });
});

describe("due soon, decisions, indicator progress", () => {
  it("counts 7 days including today", () => {
    expect(dueSoon({ today: "2026-12-24", deadline: "2026-12-31", completedOn: null })).toBe(true);
    expect(dueSoon({ today: "2026-12-23", deadline: "2026-12-31", completedOn: null })).toBe(false);
    expect(dueSoon({ today: "2027-01-01", deadline: "2026-12-31", completedOn: null })).toBe(false);
    expect(dueSoon({ today: "2026-12-30", deadline: "2026-12-31", completedOn: "2026-12-29" })).toBe(false);
  });

  it("derives a decision's status from its due day", () => {
    expect(decisionStatus({ today: "2026-05-01", dueOn: "2026-05-01", doneOn: null })).toBe("OPEN");
    expect(decisionStatus({ today: "2026-05-02", dueOn: "2026-05-01", doneOn: null })).toBe("LATE");
    expect(decisionStatus({ today: "2026-05-02", dueOn: "2026-05-01", doneOn: "2026-05-02" })).toBe("DONE");
  });

  it("turns an indicator figure into a whole percent capped at 100", () => {
    expect(indicatorPercent(1500, 3000)).toBe(50);
    expect(indicatorPercent(2999, 3000)).toBe(99);
    expect(indicatorPercent(4000, 3000)).toBe(100);
    expect(indicatorPercent(null, 3000)).toBe(0);
  });
});
