// Fixtures for the collective-contract tests, built through the API as a
// county's staff would: a fresh town of 建湖县 (so figures about it are exact),
// its unions and enterprises, and contracts walked through their lifecycle.
import { addDays, todayCST } from "@/lib/dates";
import type { Client } from "./http";
import { orgIdByName } from "./db";

export const today = () => todayCST();
export const daysFromToday = (n: number) => addDays(todayCST(), n);
const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function ok<T = any>(p: Promise<{ status: number; data: any }>, status = 200): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.data)}`);
  return r.data as T;
}

export async function makeTown(c: Client, prefix = "测试") {
  const county = await orgIdByName("建湖县总工会");
  return ok<{ id: number; name: string }>(c.post("/api/v1/organisations", { parentId: county, name: `${prefix}${tag()}镇总工会`, level: "TOWN", kind: "FEDERATION" }), 201);
}

export async function makeUnion(c: Client, parentId: number, kind: "INDEPENDENT" | "JOINT", name = kind === "JOINT" ? "小微企业联合工会" : "有限公司工会委员会") {
  return ok<{ id: number; name: string }>(c.post("/api/v1/organisations", { parentId, name: `测试${tag()}${name}`, level: "GRASSROOTS", kind }), 201);
}

export async function makeEnterprise(c: Client, areaOrgId: number, unionOrgId: number | null, workerCount: number) {
  return ok<{ id: string; name: string; workerCount: number }>(
    c.post("/api/v1/enterprises", { name: `测试企业${tag()}有限公司`, areaOrgId, unionOrgId, workerCount }),
    201,
  );
}

/**
 * A town with two enterprise unions (E1: 100 workers, E2: 50), a joint union
 * covering two small firms (E3: 20, E4: 30), and one firm without a union (E5: 40).
 */
export async function makeTownWithEnterprises(c: Client) {
  const town = await makeTown(c);
  const [u1, u2, joint] = await Promise.all([makeUnion(c, town.id, "INDEPENDENT"), makeUnion(c, town.id, "INDEPENDENT"), makeUnion(c, town.id, "JOINT")]);
  const [e1, e2, e3, e4, e5] = await Promise.all([
    makeEnterprise(c, town.id, u1.id, 100),
    makeEnterprise(c, town.id, u2.id, 50),
    makeEnterprise(c, town.id, joint.id, 20),
    makeEnterprise(c, town.id, joint.id, 30),
    makeEnterprise(c, town.id, null, 40),
  ]);
  return { town, u1, u2, joint, e1, e2, e3, e4, e5 };
}

type Kind = "COMPREHENSIVE" | "WAGE" | "WOMEN" | "REGIONAL" | "INDUSTRY";

export async function startContract(c: Client, orgId: number, kind: Kind, covers: { id: string; workerCount: number }[], offeredOn: string) {
  return ok<ContractBody>(
    c.post("/api/v1/contracts", {
      kind,
      orgId,
      title: `测试${kind}集体合同${tag()}`,
      employerParty: "测试企业方",
      offeredOn,
      coverage: covers.map((e) => ({ enterpriseId: e.id, workerCount: e.workerCount })),
    }),
    201,
  );
}

export type ContractBody = { id: string; status: string; version: number; inForce: boolean; lapsed: boolean; renewalId: string | null; transitions: string[] };

export async function step(c: Client, id: string, version: number, body: Record<string, unknown>) {
  return ok<ContractBody>(c.post(`/api/v1/contracts/${id}/transition`, { ...body, version }));
}

/**
 * A contract walked from 要约 to 生效 with the given term; the steps are dated
 * before the term starts (or today, for a term starting later).
 */
export async function contractInForce(c: Client, orgId: number, kind: Kind, covers: { id: string; workerCount: number }[], term: { from: string; to: string }) {
  const base = term.from < today() ? term.from : today();
  let x = await startContract(c, orgId, kind, covers, addDays(base, -40));
  x = await step(c, x.id, x.version, { to: "NEGOTIATING", on: addDays(base, -30) });
  x = await step(c, x.id, x.version, { to: "CONGRESS_APPROVED", on: addDays(base, -20), votesFor: 45, votesAgainst: 2, votesAbstain: 1 });
  x = await step(c, x.id, x.version, { to: "SIGNED", on: addDays(base, -10) });
  x = await step(c, x.id, x.version, { to: "SUBMITTED", on: addDays(base, -5) });
  return step(c, x.id, x.version, { to: "IN_FORCE", on: base, effectiveFrom: term.from, effectiveTo: term.to });
}
