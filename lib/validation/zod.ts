// zod with Chinese default messages; every schema imports `z` from here so that
// the browser form and the server speak the same language.
import { z } from "zod";

z.config(z.locales.zhCN());
// In the browser zod would probe `Function("")` to decide whether to compile
// its object parsers; the Content-Security-Policy forbids eval, so the probe
// only produces a violation report. Tell it up front. (The server keeps the
// compiled parsers.)
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };

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

export const zPage = z.coerce.number().int().min(1, "页码应为正整数").default(1);
export const zPageSize = z.coerce.number().int().min(1).max(100, "每页最多100条").default(20);

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
