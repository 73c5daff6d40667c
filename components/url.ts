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

// Stands in for the portal's origin where it is not known (a server render
// without NEXTAUTH_URL): relative paths resolve against it, anything that
// names another host does not match it.
const UNKNOWN_ORIGIN = "http://portal.invalid";

/**
 * A path on the portal's own origin. The raw
 * value is resolved as a browser would resolve it against `origin`, so every
 * trick that makes a "path" leave the site (`//evil`, `/\evil`, `/<tab>/evil`,
 * `https:evil`, absolute URLs) ends on another origin and is refused. Control
 * characters and backslashes are refused outright: browsers drop or rewrite
 * them, and a CR/LF must never reach a Location header.
 */
export function sameOriginPath(raw: string | null | undefined, fallback = "/", origin: string = UNKNOWN_ORIGIN): string {
  if (!raw || raw.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let base: URL;
  let u: URL;
  try {
    base = new URL(origin);
    u = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (u.origin !== base.origin) return fallback;
  const path = u.pathname + u.search + u.hash;
  return !path.startsWith("/") || path.startsWith("//") ? fallback : path;
}

/** A post-login destination: a same-origin path, but not the sign-in page itself or the API. */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/", origin: string = UNKNOWN_ORIGIN): string {
  const path = sameOriginPath(raw, fallback, origin);
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/login/") || path.startsWith("/api/")) return fallback;
  return path;
}
