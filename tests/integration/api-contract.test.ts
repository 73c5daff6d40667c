// The API's contract: one error shape with Chinese messages, 4xx (never 500)
// for bad input, list shape, OpenAPI document, health.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { memberBelow, one, sql, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";

let staff: Client;
let unionId: number;
beforeAll(async () => {
  staff = await as("jianhu.staff");
  unionId = await unionBelow("上冈镇总工会");
});

const expectError = (r: { status: number; data: { error: { code: string; message: string } } }, status: number, code: string) => {
  expect(r.status).toBe(status);
  expect(r.data.error.code).toBe(code);
  expect(r.data.error.message).toMatch(/[\u4e00-\u9fa5]/);
};

describe("errors", () => {
  it("rejects malformed JSON", async () => {
    const r = await staff.request("POST", "/api/v1/members", { body: "{not json", headers: { "content-type": "application/json" } });
    expectError(r, 400, "VALIDATION");
  });

  it("rejects a body that is not JSON", async () => {
    const r = await staff.request("POST", "/api/v1/members", { body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expectError(r, 400, "VALIDATION");
  });

  it("rejects unknown fields and names them", async () => {
    const r = await staff.post("/api/v1/members", { ...memberInput(unionId), role: "ADMIN" });
    expectError(r, 400, "VALIDATION");
    expect(JSON.stringify(r.data.error.fields)).toContain("role");
  });

  it("reports every invalid field in Chinese", async () => {
    const r = await staff.post("/api/v1/members", memberInput(unionId, { idNumber: "320925199001011234", phone: "12345", joinedOn: "2024-13-01" }));
    expectError(r, 400, "VALIDATION");
    expect(r.data.error.fields).toMatchObject({
      idNumber: "身份证号校验位不正确，请核对",
      phone: "手机号应为11位，以1开头",
      joinedOn: "入会日期不是有效日期",
    });
  });

  it("rejects a duplicate ID number with a conflict", async () => {
    const input = memberInput(unionId);
    expect((await staff.post("/api/v1/members", input)).status).toBe(201);
    const again = await staff.post("/api/v1/members", { ...input, phone: "13700000000" });
    expectError(again, 409, "CONFLICT");
    expect(again.data.error.fields.idNumber).toMatch(/已登记/);
  });

  it("rejects bad query parameters", async () => {
    expectError(await staff.get("/api/v1/members?pageSize=5000"), 400, "VALIDATION");
    expectError(await staff.get("/api/v1/members?unknown=1"), 400, "VALIDATION");
    expectError(await staff.get("/api/v1/members?status=GONE"), 400, "VALIDATION");
    expectError(await staff.get("/api/v1/organisations?page=-1"), 400, "VALIDATION");
  });

  it("answers 404 for malformed or unknown ids", async () => {
    expectError(await staff.get("/api/v1/members/not-a-uuid"), 404, "NOT_FOUND");
    expectError(await staff.get("/api/v1/members/00000000-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
    expectError(await staff.get("/api/v1/organisations/abc"), 404, "NOT_FOUND");
    expectError(await staff.get("/api/v1/organisations/99999999"), 404, "NOT_FOUND");
  });
});

describe("lists", () => {
  it("answer { data, total, page, pageSize } with an id on every item", async () => {
    const r = await staff.get("/api/v1/members?pageSize=5&page=2&sort=name");
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ page: 2, pageSize: 5 });
    expect(r.data.data).toHaveLength(5);
    expect(r.data.total).toBeGreaterThan(100_000);
    for (const m of r.data.data) expect(m.id).toMatch(/^[0-9a-f-]{36}$/);
    const names = r.data.data.map((m: { name: string }) => m.name);
    expect([...names].sort()).toEqual(names);
  });

  it("find a member by name prefix, phone prefix and full ID number", async () => {
    const input = memberInput(unionId, { name: "欧阳测试" });
    const created = (await staff.post("/api/v1/members", input)).data;
    const byName = await staff.get(`/api/v1/members?q=${encodeURIComponent("欧阳测")}`);
    expect(byName.data.data.map((m: { id: string }) => m.id)).toContain(created.id);
    const byPhone = await staff.get(`/api/v1/members?q=${input.phone.slice(0, 9)}`);
    expect(byPhone.data.data.map((m: { id: string }) => m.id)).toContain(created.id);
    // A list shows the phone masked, even to the search that typed most of it; the record has it whole.
    const found = byPhone.data.data.find((m: { id: string }) => m.id === created.id);
    expect(found.phoneMasked).toBe(`${input.phone.slice(0, 3)}****${input.phone.slice(-4)}`);
    expect(found).not.toHaveProperty("phone");
    expect(JSON.stringify(byPhone.data)).not.toContain(input.phone);
    expect((await staff.get(`/api/v1/members/${created.id}`)).data.phone).toBe(input.phone);
    const page = await (await staff.fetchRaw("GET", `/members?q=${input.phone.slice(0, 9)}`)).text();
    expect(page).toContain(found.phoneMasked);
    expect(page).not.toContain(input.phone);
    const byId = await staff.get(`/api/v1/members?q=${input.idNumber}`);
    expect(byId.data.total).toBe(1);
    expect(byId.data.data[0].id).toBe(created.id);
    const masked = await staff.get(`/api/v1/members?q=${input.idNumber.slice(0, 17)}`);
    expect(masked.data.total).toBe(0);
  });

  it("filter by organisation subtree, status and group", async () => {
    const m = await memberBelow("上冈镇总工会");
    const r = await staff.get(`/api/v1/members?orgId=${m.org_id}&status=ACTIVE&pageSize=100`);
    expect(r.data.total).toBeGreaterThan(0);
    for (const x of r.data.data) expect(x).toMatchObject({ orgId: m.org_id, status: "ACTIVE" });
    const g = await staff.get("/api/v1/members?group=COURIER&pageSize=20");
    expect(g.data.data.length).toBeGreaterThan(0);
    for (const x of g.data.data) expect(x.groups).toContain("COURIER");
  });
});

describe("service endpoints", () => {
  it("publishes the OpenAPI document", async () => {
    const r = await new Client().get("/api/v1/openapi.json");
    expect(r.status).toBe(200);
    expect(r.data.openapi).toMatch(/^3\./);
    expect(r.data.paths["/api/v1/members/{id}"].get).toBeTruthy();
  });

  it("reports health", async () => {
    const r = await new Client().get("/api/health");
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ status: "ok", db: "ok" });
  });
});

describe("audit log", () => {
  it("records changes without personal values and refuses to be edited", async () => {
    const input = memberInput(unionId);
    const created = (await staff.post("/api/v1/members", input)).data;
    await staff.patch(`/api/v1/members/${created.id}`, { idNumber: memberInput(unionId).idNumber, phone: "13611112222" });
    const rows = (await sql().query("SELECT * FROM audit_log WHERE entity_id = $1 ORDER BY id", [created.id])).rows;
    expect(rows.map((r) => r.action)).toEqual(["member.create", "member.update"]);
    expect(rows[1].details).toEqual({ fields: ["idNumber", "phone"] });
    expect(rows[0]).toMatchObject({ actor_name: "jianhu.staff", actor_role: "STAFF", entity_type: "member" });
    const all = JSON.stringify(rows);
    expect(all).not.toContain(input.idNumber);
    expect(all).not.toContain("13611112222");
    await expect(sql().query("UPDATE audit_log SET action = 'x' WHERE id = $1", [rows[0].id])).rejects.toThrow(/append-only/);
    await expect(sql().query("DELETE FROM audit_log WHERE id = $1", [rows[0].id])).rejects.toThrow(/append-only/);
  });

  it("stores ID numbers only encrypted", async () => {
    const input = memberInput(unionId);
    const created = (await staff.post("/api/v1/members", input)).data;
    const row = await one<Record<string, unknown>>("SELECT * FROM member WHERE id = $1", [created.id]);
    expect(JSON.stringify(row)).not.toContain(input.idNumber);
    expect(Buffer.from(row.id_cipher as Buffer).toString("latin1")).not.toContain(input.idNumber);
  });
});
