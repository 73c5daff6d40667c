// /api/v1/studios — innovation studios in the caller's scope with totals; name a studio.
import { NextResponse } from "next/server";
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { StudioCreateSchema, StudioListQuerySchema } from "@/lib/studios/schema";
import { listStudios } from "@/lib/studios/queries";
import { createStudio } from "@/lib/studios/mutations";

export const GET = authed(async (req, actor) => listStudios(actor, parseQuery(req, StudioListQuerySchema)));

export const POST = authed(async (req, actor) => NextResponse.json(await createStudio(actor, await parseBody(req, StudioCreateSchema)), { status: 201 }));
