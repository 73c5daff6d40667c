// POST /api/v1/member-applications/{id}/accept — creates the member in the chosen union and
// issues an activation code (shown once). The body is read once scope and role are checked.
import { authed, parseBody } from "@/lib/http/api";
import { ApplicationAcceptSchema } from "@/lib/members/join-schema";
import { acceptApplication } from "@/lib/members/join";

export const POST = authed(async (req, actor, p) => acceptApplication(actor, p.id, () => parseBody(req, ApplicationAcceptSchema)));
