// POST /api/v1/member-applications/{id}/decline — with a reason the applicant sees.
import { authed, parseBody } from "@/lib/http/api";
import { ApplicationDeclineSchema } from "@/lib/members/join-schema";
import { declineApplication } from "@/lib/members/join";

export const POST = authed(async (req, actor, p) => declineApplication(actor, p.id, () => parseBody(req, ApplicationDeclineSchema)));
