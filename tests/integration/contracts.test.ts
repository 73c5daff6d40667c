// Collective contracts through the API: the lifecycle with its rules and
// concurrency guard, coverage counted once per enterprise, expiry (by date,
// then marked in bulk) and the 60-day reminder list. Every test builds its own
// town of 建湖县, so its figures can be asserted exactly.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one } from "../helpers/db";
import { contractInForce, daysFromToday, makeEnterprise, makeTown, makeTownWithEnterprises, makeUnion, startContract, step, today } from "../helpers/contracts";

let staff: Client;
beforeAll(async () => {
  staff = await as("jianhu.staff");
});

const expectError = (r: { status: number; data: { error: { code: string; message: string } } }, status: number, code: string) => {
  expect(r.status, JSON.stringify(r.data)).toBe(status);
  expect(r.data.error.code).toBe(code);
  expect(r.data.error.message).toMatch(/[\u4e00-\u9fa5]/);
};

describe("the lifecycle through the API", () => {
  it("goes from 要约 to 生效 one step at a time, records each step, and refuses steps out of order", async () => {
    const { u1, e1 } = await makeTownWithEnterprises(staff);
    let c = await startContract(staff, u1.id, "WAGE", [e1], daysFromToday(-60));
    expect(c).toMatchObject({ status: "OFFERED", version: 0, transitions: ["NEGOTIATING"] });
    const post = (body: Record<string, unknown>) => staff.post(`/api/v1/contracts/${c.id}/transition`, { version: c.version, on: daysFromToday(-50), ...body });

    // Well-formed requests for every step but the next one: the state refuses them.
    const bodies = [
      { to: "OFFERED" },
      { to: "CONGRESS_APPROVED", votesFor: 30, votesAgainst: 1, votesAbstain: 0 },
      { to: "SIGNED" },
      { to: "SUBMITTED" },
      { to: "IN_FORCE", effectiveFrom: today(), effectiveTo: daysFromToday(300) },
      { to: "EXPIRED" },
      { to: "RENEWED" },
    ];
    for (const b of bodies) expectError(await post(b), 409, "CONFLICT");
    expectError(await post({ to: "NEGOTIATING", on: daysFromToday(1) }), 400, "VALIDATION"); // not in the future
    expectError(await post({ to: "NEGOTIATING", on: daysFromToday(-61) }), 400, "VALIDATION"); // not before the offer

    c = await step(staff, c.id, c.version, { to: "NEGOTIATING", on: daysFromToday(-50) });
    expectError(await staff.post(`/api/v1/contracts/${c.id}/transition`, { to: "CONGRESS_APPROVED", on: daysFromToday(-40), version: 0, votesFor: 30, votesAgainst: 1, votesAbstain: 0 }), 409, "CONFLICT");
    const tie = await post({ to: "CONGRESS_APPROVED", on: daysFromToday(-40), votesFor: 10, votesAgainst: 8, votesAbstain: 2 });
    expectError(tie, 400, "VALIDATION");
    expect(tie.data.error.fields.votesFor).toMatch(/半数/);
    c = await step(staff, c.id, c.version, { to: "CONGRESS_APPROVED", on: daysFromToday(-40), votesFor: 30, votesAgainst: 1, votesAbstain: 1 });
    c = await step(staff, c.id, c.version, { to: "SIGNED", on: daysFromToday(-35) });
    c = await step(staff, c.id, c.version, { to: "SUBMITTED", on: daysFromToday(-30) });
    expect(c.transitions.sort()).toEqual(["IN_FORCE", "NEGOTIATING"]);

    // The bureau objects: back to negotiation (with its reasons), approval and signing cleared.
    expectError(await post({ to: "NEGOTIATING", on: daysFromToday(-25) }), 400, "VALIDATION");
    const back = await step(staff, c.id, c.version, { to: "NEGOTIATING", on: daysFromToday(-25), note: "工资增长条款须明确" });
    expect(back).toMatchObject({ status: "NEGOTIATING", congressOn: null, votesFor: null, signedOn: null, submittedOn: null });
    c = await step(staff, c.id, back.version, { to: "CONGRESS_APPROVED", on: daysFromToday(-20), votesFor: 31, votesAgainst: 0, votesAbstain: 1 });
    c = await step(staff, c.id, c.version, { to: "SIGNED", on: daysFromToday(-18) });
    c = await step(staff, c.id, c.version, { to: "SUBMITTED", on: daysFromToday(-15) });
    const tooLong = await post({ to: "IN_FORCE", on: daysFromToday(-1), effectiveFrom: daysFromToday(-1), effectiveTo: daysFromToday(4 * 365) });
    expectError(tooLong, 400, "VALIDATION");
    expect(tooLong.data.error.fields.effectiveTo).toMatch(/3年/);
    c = await step(staff, c.id, c.version, { to: "IN_FORCE", on: daysFromToday(-1), effectiveFrom: daysFromToday(-1), effectiveTo: daysFromToday(364) });
    expect(c).toMatchObject({ status: "IN_FORCE", inForce: true, lapsed: false, transitions: ["RENEWED"] });

    // Terms are fixed once the workers' congress has approved them.
    expectError(await staff.patch(`/api/v1/contracts/${c.id}`, { version: c.version, title: "改个名字的合同" }), 409, "CONFLICT");
    // 14 steps (offer included), each with an event row and an audit entry.
    const detail = (await staff.get(`/api/v1/contracts/${c.id}`)).data;
    expect(detail.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      "OFFERED", "NEGOTIATING", "CONGRESS_APPROVED", "SIGNED", "SUBMITTED", "NEGOTIATING", "CONGRESS_APPROVED", "SIGNED", "SUBMITTED", "IN_FORCE",
    ]);
    expect(detail.events[2].note).toBe("赞成30票，反对1票，弃权1票");
    const audits = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'contract' AND entity_id = $1 AND action IN ('contract.create', 'contract.transition')", [c.id]);
    expect(audits.n).toBe(detail.events.length);
  });

  it("renews a contract into a new offer with the same parties and coverage", async () => {
    const { town, e1, e2, e3 } = await makeTownWithEnterprises(staff);
    const c = await contractInForce(staff, town.id, "REGIONAL", [e1, e2, e3], { from: daysFromToday(-300), to: daysFromToday(40) });
    const renewed = await step(staff, c.id, c.version, { to: "RENEWED", on: today(), title: "测试镇区域性工资专项集体合同（续订）" });
    expect(renewed.status).toBe("RENEWED");
    expect(renewed.inForce).toBe(true); // keeps counting until its own term ends
    const next = (await staff.get(`/api/v1/contracts/${renewed.renewalId}`)).data;
    expect(next).toMatchObject({ status: "OFFERED", kind: "REGIONAL", orgId: town.id, renewedFromId: c.id, offeredOn: today(), title: "测试镇区域性工资专项集体合同（续订）", enterpriseCount: 3, workerCount: 170 });
    expect(next.coverage.map((e: { enterpriseId: string }) => e.enterpriseId).sort()).toEqual([e1.id, e2.id, e3.id].sort());
    // Renewed is the end of the road for the old one.
    expectError(await staff.post(`/api/v1/contracts/${c.id}/transition`, { to: "RENEWED", on: today(), version: renewed.version }), 409, "CONFLICT");
  });

  it("lets exactly one of two simultaneous steps through", async () => {
    const { u1, e1 } = await makeTownWithEnterprises(staff);
    const c = await startContract(staff, u1.id, "WAGE", [e1], daysFromToday(-5));
    const both = await Promise.all([0, 1].map(() => staff.post(`/api/v1/contracts/${c.id}/transition`, { to: "NEGOTIATING", on: today(), version: c.version })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = await one<{ n: number }>("SELECT count(*)::int AS n FROM contract_event WHERE contract_id = $1 AND to_status = 'NEGOTIATING'", [c.id]);
    expect(events.n).toBe(1);
  });

  it("checks the parties and coverage of each kind", async () => {
    const { town, u1, u2, joint, e1, e2, e3, e4, e5 } = await makeTownWithEnterprises(staff);
    // A wage contract is signed by the enterprise's own union and covers that enterprise only.
    expectError(await staff.post("/api/v1/contracts", contractBody("WAGE", joint.id, [e3])), 400, "VALIDATION");
    expectError(await staff.post("/api/v1/contracts", contractBody("WAGE", u1.id, [e2])), 400, "VALIDATION");
    expectError(await staff.post("/api/v1/contracts", contractBody("WAGE", u1.id, [e1, e2])), 400, "VALIDATION");
    // A regional contract covers unionised enterprises of its area only.
    const unorganised = await staff.post("/api/v1/contracts", contractBody("REGIONAL", town.id, [e1, e5]));
    expectError(unorganised, 400, "VALIDATION");
    expect(unorganised.data.error.fields.coverage).toMatch(/1 家/);
    expectError(await staff.post("/api/v1/contracts", contractBody("INDUSTRY", town.id, [e1])), 400, "VALIDATION");
    // An enterprise of another town (id swapped in) is refused too.
    const elsewhere = await one<{ id: string; worker_count: number }>(
      "SELECT e.id, e.worker_count FROM enterprise e JOIN organisation a ON a.id = e.area_org_id WHERE a.name = '上冈镇总工会' AND e.union_org_id IS NOT NULL ORDER BY e.id LIMIT 1",
    );
    expectError(await staff.post("/api/v1/contracts", contractBody("REGIONAL", town.id, [e1, { id: elsewhere.id, workerCount: elsewhere.worker_count }])), 400, "VALIDATION");

    const candidates = (await staff.get(`/api/v1/contracts/candidates?orgId=${town.id}&kind=REGIONAL`)).data;
    expect(candidates.data.map((e: { id: string }) => e.id).sort()).toEqual([e1.id, e2.id, e3.id, e4.id].sort());
    const own = (await staff.get(`/api/v1/contracts/candidates?orgId=${u2.id}&kind=WOMEN`)).data;
    expect(own.data.map((e: { id: string }) => e.id)).toEqual([e2.id]);

    // While still open, the terms and coverage may change (with the current version).
    const c = (await staff.post("/api/v1/contracts", contractBody("REGIONAL", town.id, [e1]))).data;
    const changed = await staff.patch(`/api/v1/contracts/${c.id}`, { version: c.version, coverage: [{ enterpriseId: e2.id, workerCount: 48 }, { enterpriseId: e3.id, workerCount: 20 }] });
    expect(changed.status).toBe(200);
    expect(changed.data).toMatchObject({ version: 1, enterpriseCount: 2, workerCount: 68 });
    // The counters every contract carries (a trigger on its coverage) equal a recount, for every contract.
    const drift = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM contract c
         LEFT JOIN (SELECT contract_id, count(*)::int AS n, sum(worker_count)::int AS w FROM contract_coverage GROUP BY 1) x ON x.contract_id = c.id
        WHERE (c.coverage_count, c.coverage_workers) IS DISTINCT FROM (coalesce(x.n, 0), coalesce(x.w, 0))`,
    );
    expect(drift.n).toBe(0);
    expectError(await staff.patch(`/api/v1/contracts/${c.id}`, { version: 0, title: "过期的版本号" }), 409, "CONFLICT");
  });
});

describe("coverage", () => {
  it("counts an enterprise covered by both its own and a regional contract once, and stops counting an expired contract", async () => {
    const f = await makeTownWithEnterprises(staff);
    const term = { from: daysFromToday(-200), to: daysFromToday(200) };
    const [, , women, open] = await Promise.all([
      contractInForce(staff, f.u1.id, "WAGE", [f.e1], term), // E1's own wage contract
      contractInForce(staff, f.town.id, "REGIONAL", [f.e1, f.e2, f.e3], term), // the town's regional contract, E1 again
      contractInForce(staff, f.u2.id, "WOMEN", [f.e2], { from: daysFromToday(-400), to: daysFromToday(-10) }), // ended ten days ago
      startContract(staff, f.u2.id, "COMPREHENSIVE", [f.e2], daysFromToday(-3)), // not in force
    ]);
    await step(staff, open.id, open.version, { to: "NEGOTIATING", on: today() });
    expect(women).toMatchObject({ status: "IN_FORCE", inForce: false, lapsed: true });

    const share = (enterprises: number, workers: number) => ({ enterprises, workers });
    const cov = (await staff.get(`/api/v1/contracts/coverage?orgId=${f.town.id}`)).data;
    expect(cov).toMatchObject({
      orgId: f.town.id,
      date: today(),
      enterprises: 5,
      unionised: 4, // E5 has no union
      unionisedWorkers: 200,
      covered: share(3, 170), // E1, E2, E3 — E1 once although two contracts cover it; E4 not at all
      wage: share(3, 170),
      byKind: { COMPREHENSIVE: share(0, 0), WAGE: share(1, 100), WOMEN: share(0, 0), REGIONAL: share(3, 170), INDUSTRY: share(0, 0) },
    });
    const byKind = Object.fromEntries(cov.contracts.map((k: { kind: string }) => [k.kind, k]));
    expect(byKind.WAGE).toMatchObject({ contracts: 1, coverageRows: 1, coverageWorkers: 100 });
    expect(byKind.REGIONAL).toMatchObject({ contracts: 1, coverageRows: 3, coverageWorkers: 170 });
    expect(byKind.WOMEN).toMatchObject({ contracts: 0, coverageRows: 0 });
    // The town has no villages: everything is located at the town itself.
    expect(cov.children).toEqual([expect.objectContaining({ orgId: null, orgName: "本级直属", unionised: 4, covered: share(3, 170) })]);

    // A hundred days ago the women workers' contract was in force: counted then, by date alone.
    const then = (await staff.get(`/api/v1/contracts/coverage?orgId=${f.town.id}&date=${daysFromToday(-100)}`)).data;
    expect(then.byKind.WOMEN).toEqual(share(1, 50));
    expect(then.covered).toEqual(share(3, 170));
    // Before any of them took effect, nothing.
    expect((await staff.get(`/api/v1/contracts/coverage?orgId=${f.town.id}&date=${daysFromToday(-500)}`)).data.covered).toEqual(share(0, 0));

    // Marking it expired changes its status, not the figures.
    const expired = await staff.post("/api/v1/contracts/expire", { orgId: f.town.id });
    expect(expired.status).toBe(200);
    expect(expired.data.expired).toBe(1);
    expect((await staff.get(`/api/v1/contracts/${women.id}`)).data).toMatchObject({ status: "EXPIRED", lapsed: false, inForce: false });
    const ev = await one<{ n: number }>("SELECT count(*)::int AS n FROM contract_event WHERE contract_id = $1 AND to_status = 'EXPIRED'", [women.id]);
    expect(ev.n).toBe(1);
    const au = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND details->>'to' = 'EXPIRED'", [women.id]);
    expect(au.n).toBe(1);
    expect((await staff.get(`/api/v1/contracts/coverage?orgId=${f.town.id}`)).data.covered).toEqual(share(3, 170));
    expect((await staff.get(`/api/v1/contracts/coverage?orgId=${f.town.id}&date=${daysFromToday(-100)}`)).data.byKind.WOMEN).toEqual(share(1, 50));
    expect((await staff.post("/api/v1/contracts/expire", { orgId: f.town.id })).data.expired).toBe(0);
  });

  it("reports the unionisation rate of an area by where enterprises are located", async () => {
    const town = await makeTown(staff);
    const union = await makeUnion(staff, town.id, "JOINT");
    for (const n of [10, 20, 30]) await makeEnterprise(staff, town.id, union.id, n);
    await makeEnterprise(staff, town.id, null, 40);
    const stats = (await staff.get(`/api/v1/enterprises/stats?orgId=${town.id}`)).data;
    expect(stats).toMatchObject({ enterprises: 4, unionised: 3, rate: 0.75, workers: 100, unionisedWorkers: 60, workerRate: 0.6 });
  });

  it("splits the rate by child area: the town's own firms, each village, none of another town's firms whose union sits here", async () => {
    const town = await makeTown(staff);
    const village = (name: string) =>
      staff.post("/api/v1/organisations", { parentId: town.id, name: `${town.name}${name}社区工会联合会`, level: "VILLAGE", kind: "COMMUNITY" }).then((r) => {
        expect(r.status, JSON.stringify(r.data)).toBe(201);
        return r.data as { id: number; name: string };
      });
    const [a, b] = [await village("东"), await village("西")];
    const union = await makeUnion(staff, a.id, "JOINT");
    await makeEnterprise(staff, town.id, null, 10);
    await makeEnterprise(staff, a.id, union.id, 20);
    await makeEnterprise(staff, a.id, null, 30);
    // Located in another town, its union here: the town's register lists it (its scope), 建会率 does not (its area).
    const elsewhere = await makeTown(staff);
    await makeEnterprise(staff, elsewhere.id, union.id, 40);

    const stats = (await staff.get(`/api/v1/enterprises/stats?orgId=${town.id}`)).data;
    expect(stats).toMatchObject({ enterprises: 3, workers: 60, unionised: 1, unionisedWorkers: 20 });
    const row = (enterprises: number, workers: number, unionised: number, unionisedWorkers: number) => ({ enterprises, workers, unionised, unionisedWorkers });
    expect(stats.children).toMatchObject([
      { orgId: null, orgName: "本级直属", ...row(1, 10, 0, 0) },
      { orgId: a.id, ...row(2, 50, 1, 20) },
      { orgId: b.id, ...row(0, 0, 0, 0) },
    ]);
    expect((await staff.get(`/api/v1/enterprises/stats?orgId=${elsewhere.id}`)).data).toMatchObject(row(1, 40, 1, 40));
    // No firm located at the root itself: no 本级直属 line.
    expect((await staff.get(`/api/v1/enterprises/stats?orgId=${b.id}`)).data).toMatchObject({ ...row(0, 0, 0, 0), children: [] });
    expect((await staff.get(`/api/v1/enterprises?orgId=${town.id}`)).data).toMatchObject({ total: 4, totals: { workers: 100, unionised: 2 } });
  });
});

describe("expiry reminders", () => {
  it("list a contract ending in 30 days and not one ending in 90", async () => {
    const f = await makeTownWithEnterprises(staff);
    const [soon, later, over] = await Promise.all([
      contractInForce(staff, f.u1.id, "WAGE", [f.e1], { from: daysFromToday(-300), to: daysFromToday(30) }),
      contractInForce(staff, f.u2.id, "WAGE", [f.e2], { from: daysFromToday(-300), to: daysFromToday(90) }),
      contractInForce(staff, f.joint.id, "REGIONAL", [f.e3], { from: daysFromToday(-300), to: daysFromToday(-1) }),
    ]);
    const r = (await staff.get(`/api/v1/contracts/reminders?orgId=${f.town.id}`)).data;
    expect(r.data.map((c: { id: string }) => c.id)).toEqual([soon.id]);
    expect(r).toMatchObject({ total: 1, lapsed: 1, windowDays: 60 });
    expect(r.data[0].expiringSoon).toBe(true);
    const list = (await staff.get(`/api/v1/contracts?orgId=${f.town.id}&expiring=true`)).data;
    expect(list.data.map((c: { id: string }) => c.id)).toEqual([soon.id]);
    const lapsed = (await staff.get(`/api/v1/contracts?orgId=${f.town.id}&lapsed=true`)).data;
    expect(lapsed.data.map((c: { id: string }) => c.id)).toEqual([over.id]);
    expect((await staff.get(`/api/v1/contracts/${later.id}`)).data.expiringSoon).toBe(false);
    // The town's staff see it, and so does every level above: the county and the province.
    const admin = await as("admin");
    expect((await admin.get(`/api/v1/contracts/reminders?orgId=${f.town.id}`)).data.total).toBe(1);
  });
});

function contractBody(kind: string, orgId: number, covers: { id: string; workerCount: number }[]) {
  return {
    kind,
    orgId,
    title: "测试集体合同（校验）",
    employerParty: "测试企业方",
    offeredOn: today(),
    coverage: covers.map((e) => ({ enterpriseId: e.id, workerCount: e.workerCount })),
  };
}

