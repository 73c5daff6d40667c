import "server-only";
// Parses a list page's URL state with the API's own query schema and runs the
// query; bad input or an out-of-scope organisation becomes a message, not a crash.
import { fieldErrors, type z } from "@/lib/validation/zod";
import { problemOf } from "@/components/problem";

export async function runList<S extends z.ZodType, R>(
  schema: S,
  input: Record<string, string>,
  fetch: (q: z.output<S>) => Promise<R>,
  empty: R,
): Promise<{ query: z.output<S> | null; result: R; problem: string | null }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { query: null, result: empty, problem: `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}` };
  try {
    return { query: parsed.data, result: await fetch(parsed.data), problem: null };
  } catch (e) {
    return { query: parsed.data, result: empty, problem: problemOf(e) };
  }
}
