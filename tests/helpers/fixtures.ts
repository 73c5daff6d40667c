import { checkDigit } from "@/lib/members/id-number";

let counter = 0;

/**
 * A valid ID number that the demo data set does not use (sequence 9xx). Unique
 * within one test file by its counter; across files (each loads this module
 * afresh) by a random Jiangsu region code and birth date, ~1.6e10 combinations,
 * so a run's few thousand members collide with odds of about 1 in 10,000.
 * Pass a region when the test asserts on it.
 */
export function newIdNumber(region = `32${1000 + Math.floor(Math.random() * 9000)}`): string {
  const n = counter++;
  const day = new Date(Date.UTC(1970, 0, 1) + (Math.floor(Math.random() * 12_000) + Math.floor(n / 100)) * 86_400_000);
  const date = day.toISOString().slice(0, 10).replaceAll("-", "");
  const body = `${region}${date}${900 + (n % 100)}`;
  return body + checkDigit(body);
}

export function newPhone(): string {
  return `199${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

export function memberInput(orgId: number, extra: Record<string, unknown> = {}) {
  return {
    name: "测试会员",
    idNumber: newIdNumber(),
    phone: newPhone(),
    orgId,
    joinedOn: "2024-03-01",
    groups: ["FRONTLINE"],
    ...extra,
  };
}

/** A training session at the given organisation, valid unless `extra` says otherwise. */
export function trainingInput(orgId: number, extra: Record<string, unknown> = {}) {
  return {
    orgId,
    title: `测试培训-${Math.random().toString(36).slice(2, 8)}`,
    type: "SAFETY",
    organiser: "测试承办单位",
    startsOn: "2026-05-10",
    endsOn: "2026-05-11",
    hours: 8,
    mode: "ONSITE",
    place: "县职工学校",
    extraParticipants: 0,
    ...extra,
  };
}
