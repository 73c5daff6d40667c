// A cheap convenience redirect: page requests without a next-auth session cookie
// go to the sign-in page. It decides nothing: every page calls requireActor(),
// which validates the session server-side (a cookie may be present but expired).
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function hasSessionCookie(req: NextRequest): boolean {
  // next-auth may split a large token into `<name>.0`, `<name>.1`, …
  return req.cookies.getAll().some((c) => SESSION_COOKIES.some((n) => c.name === n || c.name.startsWith(`${n}.`)));
}

export function proxy(req: NextRequest) {
  if (hasSessionCookie(req)) return NextResponse.next();
  const url = req.nextUrl.clone();
  const callbackUrl = req.nextUrl.pathname + req.nextUrl.search;
  url.pathname = "/login";
  url.search = "";
  if (callbackUrl !== "/") url.searchParams.set("callbackUrl", callbackUrl);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: not the API (it answers 401 itself), the sign-in page, Next's
  // assets, or any file with an extension (public/, favicon, robots.txt …).
  matcher: ["/((?!api|login|activate|_next|.*\\..*).*)"],
};
