// URL-state helpers for list pages: keep every filter in the query string.
export type QueryValues = Record<string, string | number | undefined | null>;

/** pathname + the non-empty params, with overrides applied (undefined/"" removes). */
export function buildHref(pathname: string, params: QueryValues, overrides: QueryValues = {}): string {
  const merged = { ...params, ...overrides };
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === null || v === "") continue;
    sp.set(k, String(v));
  }
  const qs = sp.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Next's searchParams → flat strings. Repeated keys keep the first value; empty values are dropped. */
export function flattenSearchParams(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value.trim() !== "") out[k] = value.trim();
  }
  return out;
}

/** Only same-site relative paths may be used as a post-login destination. */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/"): string {
  if (!raw) return fallback;
  try {
    // Absolute URLs of this origin are reduced to their path.
    if (/^https?:\/\//i.test(raw) && typeof window !== "undefined") {
      const u = new URL(raw);
      if (u.origin !== window.location.origin) return fallback;
      raw = u.pathname + u.search + u.hash;
    }
  } catch {
    return fallback;
  }
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (raw.startsWith("/login") || raw.startsWith("/api/")) return fallback;
  return raw;
}
