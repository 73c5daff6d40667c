// zod with Chinese default messages; every schema imports `z` from here so that
// the browser form and the server speak the same language.
import { z as zod } from "zod";
import { notInFutureMessage, todayCST } from "../dates";

zod.config(zod.locales.zhCN());

/**
 * Control characters other than tab, newline and carriage return. PostgreSQL
 * refuses NUL in text (a 500 where a 400 belongs), and the others are never
 * typed by a person: they hide text or break the CSV and headers it reaches.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Bidirectional overrides and isolates: "发票\u202Excslx.exe" displays as an .xlsx. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every string schema refuses control characters, so every route and form gets it at once. */
const string = ((params?: Parameters<typeof zod.string>[0]) =>
  zod.string(params).refine((s) => !CONTROL_CHARS.test(s), "不能包含控制字符（如 \\0）")) as typeof zod.string;

export const z: typeof zod = { ...zod, string };

// The types of zod's namespace, under the same name as the value above.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace z {
  export type infer<T> = zod.infer<T>;
  export type input<T> = zod.input<T>;
  export type output<T> = zod.output<T>;
  export type ZodType<O = unknown, I = unknown> = zod.ZodType<O, I>;
  export type ZodObject<S extends zod.core.$ZodLooseShape = zod.core.$ZodLooseShape> = zod.ZodObject<S>;
  export type ZodError<T = unknown> = zod.ZodError<T>;
  export type RefinementCtx<T = unknown> = zod.RefinementCtx<T>;
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

/** yyyy-mm-dd, a real calendar date. */
export const zDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}不是有效日期`);

/** A date that must not lie in the future (入会日期, 活动日期, step and visit dates): the same message in the browser and on the server. */
export const zPastDate = (label: string) => zDate(label).refine((s) => s <= todayCST(), notInFutureMessage(label));

export const zPage = z.coerce.number().int().min(1, "页码应为正整数").default(1);
export const zPageSize = z.coerce.number().int().min(1).max(100, "每页最多100条").default(20);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** A record id. With a label, a missing or mangled id reads "请选择<label>" (a picker left empty); without, zod's own message. */
export const zUuid = (label?: string) => (label ? z.string({ error: `请选择${label}` }).regex(UUID, `请选择${label}`) : z.string().regex(UUID, "应为有效的记录编号"));
