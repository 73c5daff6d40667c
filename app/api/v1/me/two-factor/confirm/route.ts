// POST /api/v1/me/two-factor/confirm — turns two-factor sign-in on with a code from the app; answers the recovery codes once.
import { STAFF_LIKE, authed, parseBody } from "@/lib/http/api";
import { confirmEnrolment } from "@/lib/auth/two-factor";
import { TwoFactorConfirmSchema } from "@/lib/auth/two-factor-schema";

export const POST = authed(async (req, actor) => confirmEnrolment(actor, (await parseBody(req, TwoFactorConfirmSchema)).code), { enrolling: true, writers: STAFF_LIKE });
