// /api/v1/reform/plans/{id}/meetings — joint meetings with their decisions; record one.
import { authed, parseBody } from "@/lib/http/api";
import { MeetingCreateSchema } from "@/lib/reform/schema";
import { listMeetings } from "@/lib/reform/queries";
import { createMeeting } from "@/lib/reform/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (_req, actor, p) => listMeetings(actor, p.id));

export const POST = authed(async (req, actor, p) => json(await createMeeting(actor, p.id, () => parseBody(req, MeetingCreateSchema)), { status: 201 }));
