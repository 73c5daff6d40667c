// /api/v1/me/applications — the member's assistance applications; apply online.
import { MEMBER_ONLY, authed, parseBody } from "@/lib/http/api";
import { MemberApplicationSchema } from "@/lib/self-service/application-schema";
import { applyForAssistance, listOwnApplications } from "@/lib/self-service/applications";
import { json } from "@/lib/http/json";

export const GET = authed(async (_req, actor) => {
  const data = await listOwnApplications(actor);
  return { data, total: data.length };
});

export const POST = authed(async (req, actor) =>
  json(await applyForAssistance(actor, await parseBody(req, MemberApplicationSchema)), { status: 201 }),
  { writers: MEMBER_ONLY },
);
