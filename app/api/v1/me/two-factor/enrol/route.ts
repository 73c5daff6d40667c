// POST /api/v1/me/two-factor/enrol — a new authenticator secret and its QR code (not in force until confirmed).
import { STAFF_LIKE, authed } from "@/lib/http/api";
import { startEnrolment } from "@/lib/auth/two-factor";

export const POST = authed(async (_req, actor) => startEnrolment(actor), { enrolling: true, writers: STAFF_LIKE });
