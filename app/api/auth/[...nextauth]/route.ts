// next-auth's standard endpoints (sign-in page posts to /api/auth/callback/credentials).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
