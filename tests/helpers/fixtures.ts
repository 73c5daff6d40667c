import { checkDigit } from "@/lib/members/id-number";

let counter = 0;

/** A valid ID number that the demo data set does not use (sequence 9xx). */
export function newIdNumber(region = "320925"): string {
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(Math.random() * 12_000) * 86_400_000);
  const date = day.toISOString().slice(0, 10).replaceAll("-", "");
  const seq = String(900 + ((Date.now() + counter++ * 7) % 100)).padStart(3, "0");
  const body = `${region}${date}${seq}`;
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
