// 产改 plans: scope for every role including the partner-unit accounts, id
// swapping, the percent rules, the units register, completion and reopening,
// attachments, and a task whose progress is the dashboard's own figure.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { all, one, sql } from "../helpers/db";
import { buildXlsx, download, readXlsx, upload } from "../helpers/xlsx";

const c: Record<string, Client> = {};
type Ids = {
  jianhu2026: string;
  siyang: string;
  rsjUnit: number;
  jyjUnit: number;
  siyangUnit: number;
  /** A 2026 建湖 task led by 人社局, open, not indicator-linked. */
  rsjTask: string;
  /** A 2026 建湖 task in which 人社局 has no part. */
  otherTask: string;
  siyangTask: string;
  /** A task where 上冈镇总工会 is a responsible unit. */
  shanggangTask: string;
  linkedTask: string;
  completedTask: string;
};
let ids: Ids;

const planId = (title: string) => one<{ id: string }>("SELECT id FROM reform_plan WHERE title = $1", [title]).then((r) => r.id);
const unitId = (name: string) => one<{ id: number }>("SELECT id FROM reform_unit WHERE name = $1", [name]).then((r) => r.id);

/**
 * The province administrator's 2026 figures and drill-down against their
 * oracle: each 2026 plan's own task list, read plan by plan (full rows, linked
 * indicators included). The scope's figures read only what a status is derived
 * from, for all plans at once, and keep it per plan version. Returns the tasks.
 */
async function scopeAgrees(): Promise<{ id: string; planId: string; status: string }[]> {
  type Row = { id: string; planId: string; status: string };
  const admin = c.admin;
  const plans = (await admin.get("/api/v1/reform/plans?year=2026&pageSize=100")).data.data as { id: string; counts: Record<string, number> }[];
  expect(plans.length).toBeGreaterThan(1);
  const lists = new Map<string, Row[]>();
  for (const p of plans) {
    const list = (await admin.get(`/api/v1/reform/plans/${p.id}/tasks?pageSize=100`)).data;
    expect(list.total).toBe(list.data.length);
    lists.set(p.id, list.data);
    const n = (status: string) => list.data.filter((t: Row) => t.status === status).length;
    expect(p.counts, p.id).toEqual({ total: list.total, completed: n("COMPLETED"), late: n("LATE"), inProgress: n("IN_PROGRESS"), notStarted: n("NOT_STARTED") });
  }
  const all = [...lists.values()].flat();
  const s = (await admin.get("/api/v1/reform/summary?year=2026")).data;
  expect(s.total).toBe(all.length);
  const keys = { COMPLETED: "completed", LATE: "late", IN_PROGRESS: "inProgress", NOT_STARTED: "notStarted" } as const;
  for (const [status, key] of Object.entries(keys)) {
    const want = all.filter((t) => t.status === status);
    expect(s[key], status).toBe(want.length);
    const drill = (await admin.get(`/api/v1/reform/tasks?year=2026&status=${status}&pageSize=100`)).data;
    expect(drill.total, status).toBe(want.length);
    // The same rows, and within a plan in the plan's own order.
    expect(drill.data, status).toEqual(expect.arrayContaining(want));
    expect(drill.data.length).toBe(want.length);
    for (const [planId, rows] of lists) {
      const order = rows.filter((t) => t.status === status).map((t) => t.id);
      expect(drill.data.filter((t: Row) => t.planId === planId).map((t: Row) => t.id), `${status} ${planId}`).toEqual(order);
    }
  }
  return all;
}

beforeAll(async () => {
  for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "xuyi.staff", "13800000001", "jianhu.rsj", "jianhu.jyj"]) c[u] = await as(u);
  const jianhu2026 = await planId("2026年建湖县产业工人队伍建设改革工作要点");
  const siyang = await planId("泗阳县2026年产改“五大工程”重点实施项目清单");
  const rsjUnit = await unitId("建湖县人社局");
  const task = (where: string, params: unknown[]) => one<{ id: string }>(`SELECT t.id FROM reform_task t WHERE ${where} ORDER BY t.number LIMIT 1`, params).then((r) => r.id);
  ids = {
    jianhu2026,
    siyang,
    rsjUnit,
    jyjUnit: await unitId("建湖县教育局"),
    siyangUnit: await unitId("泗阳县人社局"),
    // Not the task the browser test reports on (tests/e2e/reform.spec.ts), and with room to go up.
    rsjTask: await task("t.plan_id = $1 AND t.lead_unit_id = $2 AND t.completed_on IS NULL AND t.indicator_key IS NULL AND t.percent <= 80 AND t.title <> '落实产业人才生活补贴和个税奖补'", [jianhu2026, rsjUnit]),
    otherTask: await task("t.plan_id = $1 AND t.lead_unit_id <> $2 AND NOT EXISTS (SELECT 1 FROM reform_task_unit u WHERE u.task_id = t.id AND u.unit_id = $2)", [jianhu2026, rsjUnit]),
    siyangTask: await task("t.plan_id = $1", [siyang]),
    shanggangTask: await task("t.plan_id = $1 AND EXISTS (SELECT 1 FROM reform_task_unit u JOIN reform_unit r ON r.id = u.unit_id WHERE u.task_id = t.id AND r.name = '上冈镇总工会') AND t.completed_on IS NULL", [jianhu2026]),
    linkedTask: await task("t.plan_id = $1 AND t.indicator_key = 'trainees'", [jianhu2026]),
    completedTask: await task("t.plan_id = $1 AND t.completed_on IS NOT NULL", [jianhu2026]),
  };
});

describe("partner-unit accounts", () => {
  it("see exactly the tasks their unit leads or shares, and the plans' headings only", async () => {
    const expected = await sql().query(
      `SELECT t.id FROM reform_task t WHERE t.plan_id = $1 AND (t.lead_unit_id = $2 OR EXISTS (SELECT 1 FROM reform_task_unit u WHERE u.task_id = t.id AND u.unit_id = $2))`,
      [ids.jianhu2026, ids.rsjUnit],
    );
    expect(expected.rowCount).toBeGreaterThan(2);
    const r = await c["jianhu.rsj"].get(`/api/v1/reform/plans/${ids.jianhu2026}/tasks?pageSize=100`);
    expect(r.status).toBe(200);
    expect(r.data.total).toBe(expected.rowCount);
    expect(new Set(r.data.data.map((t: { id: string }) => t.id))).toEqual(new Set(expected.rows.map((x: { id: string }) => x.id)));

    const plans = await c["jianhu.rsj"].get("/api/v1/reform/plans");
    expect(plans.status).toBe(200);
    expect(plans.data.data.map((p: { title: string }) => p.title).sort()).toEqual(["2026年建湖县产业工人队伍建设改革工作要点", "建湖县新时代产业工人队伍建设改革实施方案"].sort());
    const plan = await c["jianhu.rsj"].get(`/api/v1/reform/plans/${ids.jianhu2026}`);
    expect(plan.status).toBe(200);
    expect(plan.data.areas).toHaveLength(5);
    expect(plan.data).not.toHaveProperty("counts");
  });

  it("answer 404 when a task id is swapped for another unit's or another county's task", async () => {
    expect((await c["jianhu.rsj"].get(`/api/v1/reform/tasks/${ids.rsjTask}`)).status).toBe(200);
    for (const t of [ids.otherTask, ids.siyangTask]) {
      expect((await c["jianhu.rsj"].get(`/api/v1/reform/tasks/${t}`)).status, t).toBe(404);
      expect((await c["jianhu.rsj"].post(`/api/v1/reform/tasks/${t}/reports`, { reportedOn: "2026-10-20", content: "越权填报", percent: 90 })).status, t).toBe(404);
    }
    expect((await c["jianhu.rsj"].get(`/api/v1/reform/plans/${ids.siyang}`)).status).toBe(404);
    expect((await c["jianhu.rsj"].get(`/api/v1/reform/plans/${ids.siyang}/tasks`)).status).toBe(404);
  });

  it("may not manage plans, units, meetings or completion", async () => {
    const rsj = c["jianhu.rsj"];
    expect((await rsj.get(`/api/v1/reform/plans/${ids.jianhu2026}/units-summary`)).status).toBe(403);
    expect((await rsj.get(`/api/v1/reform/plans/${ids.jianhu2026}/meetings`)).status).toBe(403);
    expect((await rsj.get("/api/v1/reform/units")).status).toBe(403);
    expect((await rsj.get("/api/v1/reform/summary")).status).toBe(403);
    expect((await rsj.get("/api/v1/reform/tasks")).status).toBe(403);
    expect((await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/complete`, { completedOn: "2026-10-30" })).status).toBe(403);
    expect((await rsj.patch(`/api/v1/reform/tasks/${ids.rsjTask}`, { title: "改名" })).status).toBe(403);
    expect((await rsj.post("/api/v1/reform/plans", { year: 2027, title: "越权方案", areas: ["思想引领"] })).status).toBe(403);
    expect((await rsj.post("/api/v1/reform/units", { name: "越权单位", kind: "OTHER" })).status).toBe(403);
  });
});

describe("union roles", () => {
  it("lets a lower organisation read the plan above it, and report only on tasks its union shares", async () => {
    const sg = c["shanggang.staff"];
    expect((await sg.get(`/api/v1/reform/plans/${ids.jianhu2026}`)).status).toBe(200);
    const tasks = await sg.get(`/api/v1/reform/plans/${ids.jianhu2026}/tasks?pageSize=100`);
    expect(tasks.data.total).toBe((await one<{ n: number }>("SELECT count(*)::int AS n FROM reform_task WHERE plan_id = $1", [ids.jianhu2026])).n);
    expect((await sg.post(`/api/v1/reform/tasks/${ids.otherTask}/reports`, { reportedOn: "2026-10-20", content: "不是本单位的任务", percent: 90 })).status).toBe(403);
    const ok = await sg.post(`/api/v1/reform/tasks/${ids.shanggangTask}/reports`, { reportedOn: "2026-10-21", content: "上冈镇完成辖区企业工资协商要约", percent: 90 });
    expect(ok.status).toBe(201);
    expect(ok.data.task.reports[0]).toMatchObject({ unitName: "上冈镇总工会", percent: 90 });
    // Not the plan's organisation: no managing.
    expect((await sg.patch(`/api/v1/reform/tasks/${ids.shanggangTask}`, { title: "改名" })).status).toBe(403);
    expect((await sg.get(`/api/v1/reform/plans/${ids.siyang}`)).status).toBe(404);
  });

  it("gives leaders read-only access to their subtree, members nothing, other counties 404", async () => {
    expect((await c["jianhu.leader"].get(`/api/v1/reform/tasks/${ids.rsjTask}`)).status).toBe(200);
    expect((await c["jianhu.leader"].post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { reportedOn: "2026-10-20", content: "领导填报", percent: 90 })).status).toBe(403);
    expect((await c["13800000001"].get("/api/v1/reform/plans")).status).toBe(403);
    expect((await c["13800000001"].get(`/api/v1/reform/tasks/${ids.rsjTask}`)).status).toBe(403);
    expect((await c["xuyi.staff"].get(`/api/v1/reform/tasks/${ids.rsjTask}`)).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`)).status).toBe(404);
    expect((await c["jianhu.staff"].get(`/api/v1/reform/tasks/${ids.siyangTask}`)).status).toBe(404);
    expect((await c.admin.get(`/api/v1/reform/tasks/${ids.siyangTask}`)).status).toBe(200);
    expect((await c["jianhu.staff"].get("/api/v1/reform/tasks/not-a-uuid")).status).toBe(404);
  });
});

describe("progress reports", () => {
  it("take a percent from 0 to 100 that never falls without a reason, dated no later than today", async () => {
    const rsj = c["jianhu.rsj"];
    const base = { reportedOn: "2026-10-25", content: "落实人才补贴兑现" };
    for (const percent of [101, -1, 50.5]) {
      const r = await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, percent });
      expect(r.status, String(percent)).toBe(400);
      expect(r.data.error.fields.percent).toBeTruthy();
    }
    expect((await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base })).data.error.fields.percent).toBeTruthy();
    expect((await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, percent: 60, extra: 1 })).status).toBe(400);
    expect((await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, reportedOn: "2099-01-01", percent: 60 })).data.error.fields.reportedOn).toBeTruthy();

    const start = (await one<{ percent: number }>("SELECT percent FROM reform_task WHERE id = $1", [ids.rsjTask])).percent;
    const up = await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, percent: start + 10 });
    expect(up.status).toBe(201);
    expect(up.data.task).toMatchObject({ percent: start + 10 });
    const down = await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, percent: start + 5 });
    expect(down.status).toBe(400);
    expect(down.data.error.fields.reason).toContain(`${start + 10}%`);
    const withReason = await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { ...base, percent: start + 5, reason: "部分补贴资金被审计退回" });
    expect(withReason.status).toBe(201);
    expect(withReason.data.task.percent).toBe(start + 5);
    expect(withReason.data.task.reports[0]).toMatchObject({ unitName: "建湖县人社局", reason: "部分补贴资金被审计退回", createdByName: "王志刚（县人社局）" });
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'reform_task.report' AND actor_name = 'jianhu.rsj'");
    expect(audit.n).toBeGreaterThanOrEqual(2);
  });

  it("carry attachments in the activity attachment store, served in the task's scope only", async () => {
    const rsj = c["jianhu.rsj"];
    const r = await rsj.post(`/api/v1/reform/tasks/${ids.rsjTask}/reports`, { reportedOn: "2026-10-26", content: "补贴发放名单公示", percent: 95 });
    expect(r.status).toBe(201);
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1024), Buffer.from("\n%%EOF\n")]);
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)]), "补贴公示.pdf");
    const res = await rsj.fetchRaw("POST", `/api/v1/reform/reports/${r.data.id}/attachments`, { body: form });
    expect(res.status).toBe(201);
    const att = await res.json();
    const row = await one<{ report_id: string; record_id: string | null }>("SELECT report_id, record_id FROM activity_attachment WHERE id = $1", [att.id]);
    expect(row).toEqual({ report_id: r.data.id, record_id: null });
    const dl = await c["jianhu.leader"].fetchRaw("GET", `/api/v1/reform/reports/${r.data.id}/attachments/${att.id}`);
    expect(dl.status).toBe(200);
    expect(Buffer.from(await dl.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await c["jianhu.jyj"].get(`/api/v1/reform/reports/${r.data.id}/attachments/${att.id}`)).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/reform/reports/${r.data.id}/attachments/${att.id}`)).status).toBe(404);
  });
});

describe("plans, units and tasks", () => {
  it("accept only units of the plan organisation's register", async () => {
    const areaId = (await one<{ id: number }>("SELECT id FROM reform_area WHERE plan_id = $1 ORDER BY sort LIMIT 1", [ids.jianhu2026])).id;
    const task = { areaId, number: 90, title: "测试任务", leadUnitId: ids.siyangUnit, unitIds: [ids.jyjUnit], deadline: "2026-12-31", milestones: [{ dueOn: "2026-06-30", percent: 50 }] };
    const bad = await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, task);
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.leadUnitId).toContain("名册");
    const badResp = await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit, unitIds: [ids.siyangUnit] });
    expect(badResp.data.error.fields.unitIds).toContain("名册");
    const late = await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit, milestones: [{ dueOn: "2027-01-31", percent: 50 }] });
    expect(late.data.error.fields.milestones).toBeTruthy();
    const ok = await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit });
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ number: 90, leadUnit: { id: ids.rsjUnit }, units: [{ id: ids.jyjUnit }] });
    expect((await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit })).status).toBe(409);
    expect((await c["xuyi.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit, number: 91 })).status).toBe(404);
    expect((await c["jianhu.leader"].post(`/api/v1/reform/plans/${ids.jianhu2026}/tasks`, { ...task, leadUnitId: ids.rsjUnit, number: 91 })).status).toBe(403);
  });

  it("keep a completed task read-only until it is reopened with a reason", async () => {
    const staff = c["jianhu.staff"];
    const t = await staff.get(`/api/v1/reform/tasks/${ids.completedTask}`);
    expect(t.data.status).toBe("COMPLETED");
    expect(t.data.canReport).toBe(false);
    expect((await staff.patch(`/api/v1/reform/tasks/${ids.completedTask}`, { target: "改目标" })).status).toBe(409);
    expect((await staff.post(`/api/v1/reform/tasks/${ids.completedTask}/reports`, { reportedOn: "2026-10-20", content: "补充", percent: 100 })).status).toBe(409);
    expect((await staff.post(`/api/v1/reform/tasks/${ids.completedTask}/reopen`, {})).data.error.fields.reason).toBeTruthy();
    expect((await c["jianhu.leader"].post(`/api/v1/reform/tasks/${ids.completedTask}/reopen`, { reason: "复核" })).status).toBe(403);
    const reopened = await staff.post(`/api/v1/reform/tasks/${ids.completedTask}/reopen`, { reason: "市总工会复核发现台账不全" });
    expect(reopened.status).toBe(200);
    expect(reopened.data.status).not.toBe("COMPLETED");
    expect(reopened.data.events[0]).toMatchObject({ action: "REOPEN", reason: "市总工会复核发现台账不全" });
    expect((await staff.patch(`/api/v1/reform/tasks/${ids.completedTask}`, { target: "补齐台账" })).status).toBe(200);
    const again = await staff.post(`/api/v1/reform/tasks/${ids.completedTask}/complete`, { completedOn: "2026-10-30" });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ status: "COMPLETED", completedOn: "2026-10-30" });
  });

  it("counts an indicator-linked task's progress from the dashboard's own figure", async () => {
    const t = await c["jianhu.leader"].get(`/api/v1/reform/tasks/${ids.linkedTask}`);
    expect(t.status).toBe(200);
    const jianhu = (await one<{ id: number }>("SELECT id FROM organisation WHERE name = '建湖县总工会'")).id;
    const d = await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${jianhu}&period=2026`);
    const trainees = d.data.cards.find((x: { key: string }) => x.key === "trainees");
    expect(trainees.value).toBeGreaterThan(0);
    expect(t.data.indicator).toMatchObject({ key: "trainees", figure: trainees.value, target: "3000.00" });
    expect(t.data.percent).toBe(Math.min(100, Math.floor((trainees.value / 3000) * 100)));
    // Its progress is counted, not typed.
    const typed = await c["jianhu.rsj"].post(`/api/v1/reform/tasks/${ids.linkedTask}/reports`, { reportedOn: "2026-10-20", content: "培训", percent: 99 });
    expect(typed.status).toBe(400);
    expect(typed.data.error.fields.percent).toBeTruthy();
  });

  it("sums the dashboard's completion rate and late tasks over the subtree's plans, with drill-down", async () => {
    const s = await c["jianhu.leader"].get("/api/v1/reform/summary?year=2026");
    expect(s.status).toBe(200);
    const late = await c["jianhu.leader"].get("/api/v1/reform/tasks?year=2026&status=LATE&pageSize=100");
    expect(late.data.total).toBe(s.data.late);
    expect(late.data.data.every((t: { status: string; planId: string }) => t.status === "LATE" && t.planId === ids.jianhu2026)).toBe(true);
    expect(s.data.total).toBe((await one<{ n: number }>("SELECT count(*)::int AS n FROM reform_task WHERE plan_id = $1", [ids.jianhu2026])).n);
    expect((await c["shanggang.staff"].get("/api/v1/reform/summary?year=2026")).data.total).toBe(0);
  });

  it("counts and lists the province's tasks by status exactly as each plan's own task list derives them", async () => {
    const all = await scopeAgrees();
    expect(all.some((t) => t.id === ids.linkedTask)).toBe(true);
    expect(new Set(all.map((t) => t.status)).size).toBeGreaterThanOrEqual(2);
  });

  it("sees every write to a plan's tasks, milestones and areas on the next read, made by any process", async () => {
    // Straight in the database, as another app process would: what the scope's
    // figures keep of a plan must not outlive the plan's version.
    const X = ids.rsjTask;
    const before = await one<{ deadline: string; area_id: number }>("SELECT to_char(deadline, 'YYYY-MM-DD') AS deadline, area_id FROM reform_task WHERE id = $1", [X]);
    const milestones = await all<{ due_on: string; percent: number }>("SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, percent FROM reform_milestone WHERE task_id = $1", [X]);
    const statusOf = async (id: string) => (await scopeAgrees()).find((t) => t.id === id)!.status;
    try {
      await scopeAgrees();
      // No checkpoint passed: reported on, so in progress.
      await sql().query("UPDATE reform_task SET deadline = '2099-12-31' WHERE id = $1", [X]);
      await sql().query("DELETE FROM reform_milestone WHERE task_id = $1", [X]);
      expect(await statusOf(X)).toBe("IN_PROGRESS");
      // A milestone alone, long passed and expecting everything: late.
      await sql().query("INSERT INTO reform_milestone (task_id, due_on, percent) VALUES ($1, '2000-01-01', 100)", [X]);
      expect(await statusOf(X)).toBe("LATE");
      // Its area moved to the end of the plan: the drill-down's order follows.
      await sql().query("UPDATE reform_area SET sort = sort + 100 WHERE id = $1", [before.area_id]);
      await scopeAgrees();
    } finally {
      await sql().query("UPDATE reform_area SET sort = sort - 100 WHERE id = $1 AND sort >= 100", [before.area_id]);
      await sql().query("DELETE FROM reform_milestone WHERE task_id = $1", [X]);
      for (const m of milestones) await sql().query("INSERT INTO reform_milestone (task_id, due_on, percent) VALUES ($1, $2, $3)", [X, m.due_on, m.percent]);
      await sql().query("UPDATE reform_task SET deadline = $2 WHERE id = $1", [X, before.deadline]);
    }
    await scopeAgrees();
  });

  it("records a joint meeting whose decisions are owned by register units", async () => {
    const m = { heldOn: "2026-10-28", title: "联席会议第二次会议", attendeeUnitIds: [ids.rsjUnit, ids.jyjUnit], decisions: [{ content: "年底前完成补贴兑现", ownerUnitId: ids.rsjUnit, dueOn: "2026-12-20" }] };
    expect((await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/meetings`, { ...m, decisions: [{ ...m.decisions[0], ownerUnitId: ids.siyangUnit }] })).status).toBe(400);
    const r = await c["jianhu.staff"].post(`/api/v1/reform/plans/${ids.jianhu2026}/meetings`, m);
    expect(r.status).toBe(201);
    const meeting = r.data.data.find((x: { title: string }) => x.title === m.title);
    expect(meeting.decisions[0]).toMatchObject({ ownerUnit: { id: ids.rsjUnit }, status: "OPEN" });
    const done = await c["jianhu.staff"].patch(`/api/v1/reform/decisions/${meeting.decisions[0].id}`, { doneOn: "2026-10-30" });
    expect(done.status).toBe(200);
    expect(done.data.status).toBe("DONE");
    expect((await c["xuyi.staff"].patch(`/api/v1/reform/decisions/${meeting.decisions[0].id}`, { doneOn: null })).status).toBe(404);
  });
});

describe("task list import and export", () => {
  const HEADERS = ["序号", "工程", "任务内容", "牵头单位", "责任单位", "完成时限", "目标"];

  it("dry-runs a task list, reporting each bad row and unknown unit without inventing it", async () => {
    const plan = (await c["jianhu.staff"].post("/api/v1/reform/plans", { year: 2027, title: `导入测试方案${Date.now()}`, areas: ["强化技能素质提升", "强化权益维护服务"] })).data;
    const file = await buildXlsx(HEADERS, [
      [1, "强化技能素质提升", "开展职业技能培训，全年培训3000人次", "建湖县人社局", "建湖县总工会、建湖县教育局", "2027-12-31", "3000人次"],
      [2, "强化权益维护服务", "深化工资集体协商", "建湖县农业农村局", "建湖县总工会", "2027-06-30", null],
      [3, "不存在的工程", "任务三", "建湖县人社局", "建湖县水务局；建湖县总工会", "2027-12-31", null],
      [1, "强化技能素质提升", "序号重复的任务", "建湖县人社局", null, "2026-12-31", null],
      [5, "强化权益维护服务", "日期错误", "建湖县总工会", null, "2027-13-01", null],
    ]);
    const dry = await upload(c["jianhu.staff"], `/api/v1/reform/plans/${plan.id}/import?dryRun=1`, file);
    expect(dry.status).toBe(200);
    expect(dry.data).toMatchObject({ dryRun: true, ok: false, summary: { rows: 5, valid: 1, invalid: 4, written: 0 } });
    const at = (row: number, column: string) => dry.data.issues.find((i: { row: number; column: string }) => i.row === row && i.column === column)?.message;
    expect(at(3, "牵头单位")).toContain("建湖县农业农村局");
    expect(at(4, "工程")).toContain("不存在的工程");
    expect(at(4, "责任单位")).toContain("建湖县水务局");
    expect(at(5, "序号")).toContain("第 2 行");
    expect(at(5, "完成时限")).toContain("2027");
    expect(at(6, "完成时限")).toBeTruthy();
    // Nothing written, no unit invented.
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM reform_task WHERE plan_id = $1", [plan.id])).n).toBe(0);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM reform_unit WHERE name IN ('建湖县农业农村局', '建湖县水务局')")).n).toBe(0);
    expect((await upload(c["jianhu.staff"], `/api/v1/reform/plans/${plan.id}/import`, file)).status).toBe(400);
    // A partner-unit account never imports: refused for its role before the plan is even looked up.
    expect((await upload(c["jianhu.rsj"], `/api/v1/reform/plans/${plan.id}/import?dryRun=1`, file)).status).toBe(403);
    expect((await upload(c["jianhu.leader"], `/api/v1/reform/plans/${plan.id}/import?dryRun=1`, file)).status).toBe(403);

    const good = await buildXlsx(HEADERS, [[1, "强化技能素质提升", "开展职业技能培训，全年培训3000人次", "建湖县人社局", "建湖县总工会、建湖县教育局", "2027-12-31", "3000人次"]]);
    const done = await upload(c["jianhu.staff"], `/api/v1/reform/plans/${plan.id}/import`, good);
    expect(done.status).toBe(200);
    expect(done.data.summary.written).toBe(1);
    const tasks = await c["jianhu.staff"].get(`/api/v1/reform/plans/${plan.id}/tasks`);
    expect(tasks.data.data[0]).toMatchObject({ number: 1, title: "开展职业技能培训", leadUnit: { name: "建湖县人社局" }, deadline: "2027-12-31" });
    expect(tasks.data.data[0].units.map((u: { name: string }) => u.name).sort()).toEqual(["建湖县总工会", "建湖县教育局"].sort());

    const tpl = await download(c["jianhu.staff"], `/api/v1/reform/plans/${plan.id}/import-template`);
    expect(tpl.status).toBe(200);
    expect((await readXlsx(tpl.body))[0]).toEqual(HEADERS);
  });

  it("exports the plan with its progress", async () => {
    const x = await download(c["jianhu.leader"], `/api/v1/reform/plans/${ids.jianhu2026}/export`);
    expect(x.status).toBe(200);
    const rows = await readXlsx(x.body);
    expect(rows[0].slice(0, 7)).toEqual(HEADERS);
    expect(rows[0]).toContain("完成进度（%）");
    expect(rows.length - 1).toBe((await one<{ n: number }>("SELECT count(*)::int AS n FROM reform_task WHERE plan_id = $1", [ids.jianhu2026])).n);
    expect((await download(c["jianhu.rsj"], `/api/v1/reform/plans/${ids.jianhu2026}/export`)).status).toBe(403);
  });
});
