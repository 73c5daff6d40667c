// URL state of a list page: only the keys the (strict) query schema knows pass
// through; a mangled page number just means page 1.
import { flattenSearchParams } from "../url";

export function listInput(sp: Record<string, string | string[] | undefined>, keys: readonly string[]) {
  const raw = flattenSearchParams(sp);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => keys.includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;
  const state: Record<string, string> = Object.fromEntries(keys.filter((k) => input[k]).map((k) => [k, input[k]]));
  return { input, state };
}
