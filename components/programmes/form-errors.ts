// Puts the API's field errors back on a react-hook-form form.
import type { ApiError } from "../api";

export function applyServerErrors<K extends string>(error: ApiError, keys: readonly K[], setError: (k: K, e: { type: string; message: string }, o?: { shouldFocus: boolean }) => void) {
  let first = true;
  for (const [k, message] of Object.entries(error.fields ?? {})) {
    if ((keys as readonly string[]).includes(k)) {
      setError(k as K, { type: "server", message }, { shouldFocus: first });
      first = false;
    }
  }
}

/** Only the fields whose value differs from the record (for PATCH). Blank means "clear" (null). */
export function changed<T extends Record<string, unknown>>(values: T, current: Record<string, unknown>): Partial<Record<keyof T, unknown>> {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const [k, v] of Object.entries(values)) {
    const now = current[k] ?? "";
    const next = v === undefined || v === null ? "" : v;
    if (String(next) !== String(now)) out[k as keyof T] = next === "" ? null : next;
  }
  return out;
}
