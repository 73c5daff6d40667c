import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { login } from "./login";
import { revokeSession } from "./sessions";
import { decodeSessionToken, encodeSessionToken } from "./jwt";
import { ABSOLUTE_TIMEOUT_MS } from "./policy";
import { clientAddress } from "../security/client-address";
import { sameOriginPath } from "../../components/url";
import { TWO_FACTOR_ERRORS } from "./policy";

/**
 * next-auth carries only the server-side session id in its signed, encrypted
 * cookie; whether that session is still valid (idle, absolute age, sign-out,
 * account disabled or moved) is decided by lib/auth/sessions.ts per request.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: {
        username: { label: "用户名或手机号", type: "text" },
        password: { label: "密码", type: "password" },
        code: { label: "两步验证码", type: "text" },
      },
      async authorize(credentials, req) {
        const username = credentials?.username ?? "";
        const password = credentials?.password ?? "";
        if (!username || !password || username.length > 50 || password.length > 200) return null;
        const code = credentials?.code || undefined;
        if (code && code.length > 20) return null;
        const r = await login(username, password, clientAddress(req?.headers), code);
        // The sign-in form reads these from next-auth's `error` (TWO_FACTOR_ERRORS).
        if (!r.ok && r.secondFactor) throw new Error(TWO_FACTOR_ERRORS[r.secondFactor]);
        return r.ok ? { id: r.userId, sid: r.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out: a path on
    // this origin only, by the same rule as the sign-in page.
    async redirect({ url, baseUrl }) {
      return baseUrl + sameOriginPath(url, "/", baseUrl);
    },
    async jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid as string);
    },
  },
};
