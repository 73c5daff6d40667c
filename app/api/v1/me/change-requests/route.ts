// /api/v1/me/change-requests — a member's requests to correct other personal data.
import { MEMBER_ONLY, authed, parseBody } from "@/lib/http/api";
import { ChangeRequestSchema } from "@/lib/self-service/schema";
import { listOwnChangeRequests, requestProfileChange } from "@/lib/self-service/profile";
import { json } from "@/lib/http/json";

export const GET = authed(async (_req, actor) => {
  const data = await listOwnChangeRequests(actor);
  return { data, total: data.length };
});

export const POST = authed(async (req, actor) =>
  json(await requestProfileChange(actor, await parseBody(req, ChangeRequestSchema)), { status: 201 }),
  { writers: MEMBER_ONLY },
);
