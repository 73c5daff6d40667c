// POST /api/v1/me/two-factor/disable — turns two-factor sign-in off (password and a code).
import { STAFF_LIKE, authed, parseBody } from "@/lib/http/api";
import { disableTwoFactor } from "@/lib/auth/two-factor";
import { TwoFactorDisableSchema } from "@/lib/auth/two-factor-schema";

export const POST = authed(async (req, actor) => disableTwoFactor(actor, await parseBody(req, TwoFactorDisableSchema)), { enrolling: true, writers: STAFF_LIKE });
