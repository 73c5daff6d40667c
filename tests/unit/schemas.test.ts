import { describe, expect, it } from "vitest";
import { MemberCreateSchema, MemberListQuerySchema } from "@/lib/members/schema";
import { OrgCreateSchema } from "@/lib/orgs/schema";
import { fieldErrors } from "@/lib/validation/zod";
import { buildOpenApi } from "@/lib/openapi";

const valid = {
  name: "王建华",
  idNumber: "11010519491231002X",
  phone: "13800000001",
  orgId: 12,
  joinedOn: "2020-05-01",
  groups: ["FRONTLINE"],
};

describe("member input schema (shared by form and server)", () => {
  it("accepts a valid member", () => {
    expect(MemberCreateSchema.safeParse(valid).success).toBe(true);
  });

  it("rejects unknown fields", () => {
    const r = MemberCreateSchema.safeParse({ ...valid, isAdmin: true });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("isAdmin");
  });

  it("reports each bad field with a Chinese message", () => {
    const r = MemberCreateSchema.safeParse({ ...valid, name: "王", idNumber: "110105194912310021", phone: "123", joinedOn: "2020-02-30" });
    expect(r.success).toBe(false);
    const f = fieldErrors(r.error!);
    expect(f.name).toBe("姓名至少2个字");
    expect(f.idNumber).toBe("身份证号校验位不正确，请核对");
    expect(f.phone).toBe("手机号应为11位，以1开头");
    expect(f.joinedOn).toBe("入会日期不是有效日期");
  });

  it("parses list queries strictly and caps the page size", () => {
    expect(MemberListQuerySchema.safeParse({ page: "2", pageSize: "50" }).data).toMatchObject({ page: 2, pageSize: 50 });
    expect(MemberListQuerySchema.safeParse({ pageSize: "1000" }).success).toBe(false);
    expect(MemberListQuerySchema.safeParse({ orderBy: "x" }).success).toBe(false);
  });

  it("refuses year 0000, which the database has not", () => {
    const r = MemberListQuerySchema.safeParse({ joinedFrom: "0000-01-01" });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!).joinedFrom).toBe("入会起始日期不是有效日期");
    expect(MemberListQuerySchema.safeParse({ joinedFrom: "0001-01-01" }).success).toBe(true);
  });
});

describe("organisation input schema", () => {
  it("requires a division code from county level upward", () => {
    const r = OrgCreateSchema.safeParse({ parentId: 1, name: "新建县总工会", level: "COUNTY", kind: "FEDERATION" });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!).code).toBe("县级及以上组织须填写行政区划代码");
  });

  it("refuses a kind that does not fit the level", () => {
    const r = OrgCreateSchema.safeParse({ parentId: 1, name: "某某公司工会", level: "GRASSROOTS", kind: "FEDERATION" });
    expect(fieldErrors(r.error!).kind).toBe("该层级不能选择此工会类型");
  });
});

describe("OpenAPI document", () => {
  it("is generated from the zod schemas and lists every resource", () => {
    const doc = buildOpenApi();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/members", "/api/v1/members/{id}"]),
    );
    type Op = { requestBody: { content: Record<string, { schema: { additionalProperties: boolean; required: string[] } }> } };
    const body = (doc.paths["/api/v1/members"].post as Op).requestBody.content["application/json"].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(expect.arrayContaining(["name", "idNumber", "phone", "orgId", "joinedOn"]));
  });
});

describe("integer inputs", () => {
  // Every integer the API reads has an upper bound: an unbounded one (a serial id before
  // zSerialId) reached PostgreSQL's int4 and came back a 500. Walks every query parameter and
  // every request body of the OpenAPI document, nested objects and arrays included.
  type Schema = { type?: string | string[]; maximum?: number; exclusiveMaximum?: number; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
  type Operation = { parameters?: { name: string; in: string; schema?: Schema }[]; requestBody?: { content: Record<string, { schema?: Schema }> } };

  function unbounded(s: Schema | undefined, at: string, out: string[]) {
    if (!s) return;
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes("integer")) {
      const max = s.maximum ?? (s.exclusiveMaximum === undefined ? undefined : s.exclusiveMaximum - 1);
      // zod's .int() alone says Number.MAX_SAFE_INTEGER: no bound at all.
      if (max === undefined || max > 2_147_483_647) out.push(at);
    }
    for (const [k, v] of Object.entries(s.properties ?? {})) unbounded(v, `${at}.${k}`, out);
    unbounded(s.items, `${at}[]`, out);
    for (const v of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) unbounded(v, at, out);
  }

  it("are bounded everywhere, within int4", () => {
    const doc = buildOpenApi() as unknown as { paths: Record<string, Record<string, Operation>> };
    const out: string[] = [];
    let integers = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        // Path ids are read by intParam (lib/http/api.ts): at most nine digits, else 404.
        for (const p of (op.parameters ?? []).filter((x) => x.in !== "path")) {
          if (p.schema?.type === "integer") integers++;
          unbounded(p.schema, `${method.toUpperCase()} ${path} ?${p.name}`, out);
        }
        for (const [type, c] of Object.entries(op.requestBody?.content ?? {})) unbounded(c.schema, `${method.toUpperCase()} ${path} (${type})`, out);
      }
    }
    expect(integers).toBeGreaterThan(20);
    expect(out).toEqual([]);
  });
});
