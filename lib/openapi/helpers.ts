// Building blocks for the OpenAPI document: every module describes its paths
// with these, from the same zod schemas its route handlers parse with.
import { toJSONSchema } from "zod";
import { z } from "../validation/zod";

export type Json = Record<string, unknown>;

function jsonSchema(s: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...schema } = toJSONSchema(s, { io, unrepresentable: "any" }) as Json;
  return schema;
}
export const input = (s: z.ZodType) => jsonSchema(s, "input");
export const output = (s: z.ZodType) => jsonSchema(s, "output");

export function queryParams(s: z.ZodType) {
  const schema = input(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, p]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: p,
  }));
}

export const listOf = (item: z.ZodType) =>
  z.object({ data: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/**
 * A programme list whose count stops at TOTALS_CAP (lib/records/scoped-list.ts):
 * past it `total` is the cap and the list's sums are null.
 */
export const cappedListOf = (item: z.ZodType) =>
  listOf(item).extend({ totalCapped: z.boolean().describe("为 true 时符合条件的记录超过 10,000 条：total 为 10,000，合计不计算（为 null）") });
/** A capped list's totals: null past the cap. */
export const cappedTotals = (totals: z.ZodType) => totals.nullable();

export const ok = (schema: Json, description = "成功") => ({ description, content: { "application/json": { schema } } });
export const xlsx = { description: "Excel 文件（.xlsx）", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {} } };

const ERROR = { $ref: "#/components/responses/Error" };
/** Every route's: bad input, no session, no right, not found, and a query past the database's time limit (503 UNAVAILABLE). */
export const errors = { "400": ERROR, "401": ERROR, "403": ERROR, "404": ERROR, "503": ERROR };
export const conflictError = { "409": ERROR };
/** Throttled (lib/security/rate-limit.ts): 429 RATE_LIMITED. */
export const rateLimitedError = { "429": ERROR };

export const body = (s: z.ZodType) => ({ required: true, content: { "application/json": { schema: input(s) } } });
export const idParam = (type: "integer" | "uuid") => [
  { name: "id", in: "path", required: true, schema: type === "integer" ? { type } : { type: "string", format: "uuid" } },
];

export type Paths = Record<string, Record<string, unknown>>;
