// /api/v1/members — search the registry (within the caller's scope) and register a member.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { MemberCreateSchema, MemberListQuerySchema } from "@/lib/members/schema";
import { listMembers } from "@/lib/members/list";
import { createMember } from "@/lib/members/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listMembers(actor, parseQuery(req, MemberListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createMember(actor, await parseBody(req, MemberCreateSchema)), { status: 201 }),
);
