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
