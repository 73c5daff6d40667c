// The browser-side defences every page carries. Pages get a Content-Security-
// Policy with a fresh nonce per request (set by page-guard.ts in the portal's
// server, which Next reads back from the request to put the nonce on its own
// scripts); everything else gets the static headers from next.config.ts.

/** Served over HTTPS: NEXTAUTH_URL names the public address. */
export const servedOverHttps = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's
 * nonced loader fetch its chunks); no inline event handlers, no eval (except
 * React's dev build), no plugins, no framing.
 *
 * Styles: <style> and stylesheet elements need 'self' or the nonce, but style
 * *attributes* are allowed ('unsafe-inline' in style-src-attr only). React's
 * style={…} props, recharts' SVG sizing and positioning and the progress
 * bars are style attributes; CSS cannot run script, and without attribute
 * styles the dashboard's charts would not render. That is the one concession.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, the preload list's minimum; only ever sent over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers for every response (next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
