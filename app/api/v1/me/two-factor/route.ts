// GET /api/v1/me/two-factor — whether two-factor sign-in is on for the caller.
import { STAFF_LIKE, authed } from "@/lib/http/api";
import { twoFactorStatus } from "@/lib/auth/two-factor";

export const GET = authed(async (_req, actor) => twoFactorStatus(actor), { enrolling: true, writers: STAFF_LIKE });
