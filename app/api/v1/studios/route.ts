// /api/v1/studios — innovation studios in the caller's scope with totals; name a studio.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { StudioCreateSchema, StudioListQuerySchema } from "@/lib/studios/schema";
import { listStudios } from "@/lib/studios/queries";
import { createStudio } from "@/lib/studios/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listStudios(actor, parseQuery(req, StudioListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createStudio(actor, await parseBody(req, StudioCreateSchema)), { status: 201 }));
