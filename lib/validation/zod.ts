// zod with Chinese default messages; every schema imports `z` from here so that
// the browser form and the server speak the same language.
//
// `z` is built from the members the project uses, imported by name, and only
// the Chinese locale is loaded: spreading zod's namespace (or calling
// `zod.locales.zhCN()`) made the bundler keep all of zod and its ~50 locales,
// ~90 KB of compressed JavaScript on every page with a form. A member missing
// here is a type error where it is used: add it to the object below.
import {
  array,
  boolean,
  coerce,
  config,
  discriminatedUnion,
  enum as zEnum,
  lazy,
  literal,
  NEVER,
  null as zNull,
  number,
  object,
  record,
  strictObject,
  string as zodString,
  union,
  type core,
  type infer as zInfer,
  type input as zInput,
  type output as zOutput,
  type RefinementCtx as ZRefinementCtx,
  type ZodError as ZZodError,
  type ZodObject as ZZodObject,
  type ZodType as ZZodType,
} from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import { notInFutureMessage, todayCST } from "../dates";

config(zhCN());
// In the browser zod would probe `Function("")` to decide whether to compile
// its object parsers; the Content-Security-Policy forbids eval, so the probe
// only produces a violation report. Tell it up front. (The server keeps the
// compiled parsers.)
if (typeof window !== "undefined") config({ jitless: true });

/**
 * Control characters other than tab, newline and carriage return. PostgreSQL
 * refuses NUL in text (a 500 where a 400 belongs), and the others are never
 * typed by a person: they hide text or break the CSV and headers it reaches.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Bidirectional overrides and isolates: "发票\u202Excslx.exe" displays as an .xlsx. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every string schema refuses control characters, so every route and form gets it at once. */
const string = ((params?: Parameters<typeof zodString>[0]) =>
  zodString(params).refine((s) => !CONTROL_CHARS.test(s), "不能包含控制字符（如 \\0）")) as typeof zodString;

export const z = {
  array,
  boolean,
  coerce,
  discriminatedUnion,
  enum: zEnum,
  lazy,
  literal,
  NEVER,
  null: zNull,
  number,
  object,
  record,
  strictObject,
  string,
  union,
};

// The types of zod's namespace, under the same name as the value above.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace z {
  export type infer<T> = zInfer<T>;
  export type input<T> = zInput<T>;
  export type output<T> = zOutput<T>;
  export type ZodType<O = unknown, I = unknown> = ZZodType<O, I>;
  export type ZodObject<S extends core.$ZodLooseShape = core.$ZodLooseShape> = ZZodObject<S>;
  export type ZodError<T = unknown> = ZZodError<T>;
  export type RefinementCtx<T = unknown> = ZRefinementCtx<T>;
}

/** Turns a zod error into a field → first message map, keyed by dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * yyyy-mm-dd, a real calendar date. Not in year 0000, which JavaScript's calendar
 * has and PostgreSQL's has not: `0000-01-01` as a list's joining date was a 500.
 */
export const zDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !s.startsWith("0000") && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}不是有效日期`);

/** A date that must not lie in the future (入会日期, 活动日期, step and visit dates): the same message in the browser and on the server. */
export const zPastDate = (label: string) => zDate(label).refine((s) => s <= todayCST(), notInFutureMessage(label));

/** PostgreSQL's int4: every serial id is one. */
const INT4_MAX = 2_147_483_647;
/**
 * A serial id (organisation, activity type, …) from a form or a query string. Past
 * int4 the database refuses the number itself, which was a 500; here it is a 400
 * like any other wrong id. With a message, every failure reads it (a picker left
 * empty reads "请选择…").
 */
export const zSerialId = (message?: string) =>
  z.coerce
    .number(message ? { error: message } : undefined)
    .int(message)
    .positive(message)
    .max(INT4_MAX, message ?? "编号超出范围");

/** A serial id picked in a form (a union, a unit, an area): "请选择<label>" when missing or wrong. */
export const zPickedId = (label: string) => zSerialId(`请选择${label}`);

/** An optimistic lock's version, sent back as the record was read (an int4 column). */
export const zLockVersion = z
  .number({ error: "缺少版本号（version），请刷新后重试" })
  .int("版本号无效，请刷新后重试")
  .min(0, "版本号无效，请刷新后重试")
  .max(INT4_MAX, "版本号无效，请刷新后重试");

export const zPage = z.coerce.number().int().min(1, "页码应为正整数").max(1_000_000, "页码过大").default(1);
export const zPageSize = z.coerce.number().int().min(1).max(100, "每页最多100条").default(20);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** A record id. With a label, a missing or mangled id reads "请选择<label>" (a picker left empty); without, zod's own message. */
export const zUuid = (label?: string) => (label ? z.string({ error: `请选择${label}` }).regex(UUID, `请选择${label}`) : z.string().regex(UUID, "应为有效的记录编号"));
