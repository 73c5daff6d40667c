// POST /api/v1/members/{id}/activation-code — staff issue a one-time code so the
// member can set a password (shown once to the staff member; only its hash is kept).
import { authed } from "@/lib/http/api";
import { issueActivationCode } from "@/lib/self-service/activation";
import { json } from "@/lib/http/json";

export const POST = authed(async (_req, actor, p) =>
  json(await issueActivationCode(actor, p.id), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
