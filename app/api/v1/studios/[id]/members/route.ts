// POST /api/v1/studios/{id}/members — a member joins the studio.
import { NextResponse } from "next/server";
import { authed, parseBody } from "@/lib/http/api";
import { StudioMemberAddSchema } from "@/lib/studios/schema";
import { addStudioMember } from "@/lib/studios/mutations";

export const POST = authed(async (req, actor, p) => NextResponse.json(await addStudioMember(actor, p.id, await parseBody(req, StudioMemberAddSchema)), { status: 201 }));
