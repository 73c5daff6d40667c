// POST /api/v1/me/applications/{id}/withdraw — the member withdraws a pending online application.
import { MEMBER_ONLY, authed, parseBody } from "@/lib/http/api";
import { WithdrawApplicationSchema } from "@/lib/self-service/application-schema";
import { withdrawOwnApplication } from "@/lib/self-service/applications";

export const POST = authed(async (req, actor, p) =>
  withdrawOwnApplication(actor, p.id, (await parseBody(req, WithdrawApplicationSchema)).reason),
  { writers: MEMBER_ONLY },
);
