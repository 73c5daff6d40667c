// next-auth's session cookie names (the __Secure- one over https), for the
// two places that look for the cookie before next-auth itself: getActor
// (lib/auth/session.ts) and the page guard in the portal's server
// (lib/security/page-guard.ts, which runs outside Next and may import nothing of it).
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
