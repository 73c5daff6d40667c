import type { ApiError } from "../api";

/** Puts the API's field errors on the form's fields; returns whether any landed. */
export function applyFieldErrors<K extends string>(error: ApiError, keys: readonly K[], setError: (k: K, e: { type: string; message: string }, o?: { shouldFocus: boolean }) => void): boolean {
  let first = true;
  for (const [k, message] of Object.entries(error.fields ?? {})) {
    if ((keys as readonly string[]).includes(k)) {
      setError(k as K, { type: "server", message }, { shouldFocus: first });
      first = false;
    }
  }
  return !first;
}
