// What every page request gets before Next sees it, decided in the portal's own
// HTTP server (scripts/serve.ts): a Content-Security-Policy with a fresh nonce
// (Next reads it back from the request header and puts it on its own scripts)
// and a cheap convenience redirect: a page request without a next-auth session
// cookie goes to the sign-in page. The redirect decides nothing: every page
// calls requireActor(), which validates the session server-side (a cookie may
// be present but expired).
//
// This was proxy.ts. Next runs a proxy through its middleware adapter (a
// NextRequest, a Response, the request headers rebuilt and merged back), about
// 2 ms of the app's one thread per page on the benchmark's machine, where this
// takes microseconds (README "Speed").
import { SESSION_COOKIES } from "../auth/cookie-names";
import { contentSecurityPolicy, HSTS, newNonce } from "./headers";
const PUBLIC_PAGES = ["/login", "/activate", "/join"];

/**
 * Not the API (it answers 401 itself and gets its headers from next.config.ts)
 * or Next's assets: everything else Next answers may be a document.
 */
const NOT_A_DOCUMENT = /^\/(?:api|_next\/static|_next\/image)/;
/**
 * A file of public/ (favicon, robots.txt …) is served without a session. A path
 * with a dot may also be a page's (`/trainings/a.b`, a 404): it still gets the
 * policy, only not the redirect to sign in.
 */
const FILE = /\./;

const isPublic = (path: string) => PUBLIC_PAGES.some((p) => path === p || path.startsWith(`${p}/`));

/** next-auth may split a large token into `<name>.0`, `<name>.1`, … */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => {
    const eq = pair.indexOf("=");
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    return SESSION_COOKIES.some((n) => name === n || name.startsWith(`${n}.`));
  });
}

export type PageRequest = {
  /** The request target as sent: path and query. */
  url: string;
  /** The Cookie header (Node joins several into one). */
  cookie: string | undefined;
};

export type PageGuard =
  /** Not a page, or a path Next itself redirects to its normal form (`//x`, `\`): Next alone answers. */
  | { kind: "pass" }
  /** A request target that is not a path a URL parser accepts: 400, never an error thrown out of the server's listener. */
  | { kind: "bad" }
  | { kind: "redirect"; location: string; headers: Record<string, string> }
  /** Set `csp` as the request's Content-Security-Policy header too. */
  | { kind: "page"; csp: string; headers: Record<string, string> };

/**
 * Prefetches are guarded like any request: a browser's prefetched document is
 * later shown as is, and at microseconds a request there is no cost to save.
 */
export function guardPage(req: PageRequest, opts: { dev: boolean; https: boolean }): PageGuard {
  const target = req.url;
  // A repeated slash or a backslash in the path: Next answers 308 to the path without it
  // before anything renders (base-server.js), and the guard sees the request that follows.
  if (/\\|\/\//.test(target.split("?", 1)[0])) return { kind: "pass" };
  // Anything but a path (`*`, a whole URL): Next would read a page's path out of it.
  if (!target.startsWith("/")) return { kind: "bad" };
  let url: URL;
  try {
    url = new URL(`http://portal.invalid${target}`);
  } catch {
    return { kind: "bad" };
  }
  const path = url.pathname;
  if (NOT_A_DOCUMENT.test(path)) return { kind: "pass" };
  const hsts: Record<string, string> = opts.https ? { "Strict-Transport-Security": HSTS } : {};
  if (!FILE.test(path) && !isPublic(path) && !hasSessionCookie(req.cookie)) {
    // Not the router's cache-busting parameter of a client navigation.
    if (url.searchParams.has("_rsc")) url.searchParams.delete("_rsc");
    const callbackUrl = path + url.search;
    const location = callbackUrl === "/" ? "/login" : `/login?${new URLSearchParams({ callbackUrl })}`;
    return { kind: "redirect", location, headers: hsts };
  }
  const csp = contentSecurityPolicy(newNonce(), opts);
  return { kind: "page", csp, headers: { "Content-Security-Policy": csp, ...hsts } };
}
