// Runs before every page: a Content-Security-Policy with a fresh nonce (Next
// reads it back from the request header and puts it on its own scripts), HSTS
// over HTTPS, and a cheap convenience redirect: page requests without a
// next-auth session cookie go to the sign-in page. The redirect decides
// nothing: every page calls requireActor(), which validates the session
// server-side (a cookie may be present but expired).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from "./lib/security/headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PUBLIC_PAGES = ["/login", "/activate", "/join"];

function hasSessionCookie(req: NextRequest): boolean {
  // next-auth may split a large token into `<name>.0`, `<name>.1`, …
  return req.cookies.getAll().some((c) => SESSION_COOKIES.some((n) => c.name === n || c.name.startsWith(`${n}.`)));
}

const isPublic = (path: string) => PUBLIC_PAGES.some((p) => path === p || path.startsWith(`${p}/`));

export function proxy(req: NextRequest) {
  const https = servedOverHttps();
  if (!isPublic(req.nextUrl.pathname) && !hasSessionCookie(req)) {
    const url = req.nextUrl.clone();
    const callbackUrl = req.nextUrl.pathname + req.nextUrl.search;
    url.pathname = "/login";
    url.search = "";
    if (callbackUrl !== "/") url.searchParams.set("callbackUrl", callbackUrl);
    const res = NextResponse.redirect(url);
    if (https) res.headers.set("Strict-Transport-Security", HSTS);
    return res;
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", https });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  if (https) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

export const config = {
  // Pages only: not the API (it answers 401 itself and gets its headers from
  // next.config.ts), Next's assets, or any file with an extension (public/,
  // favicon, robots.txt …). Prefetches carry no document, so no policy.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|.*\\..*).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
