// POST /api/v1/studios/{id}/mentorships — a mentoring pair (师带徒) starts.
import { authed, parseBody } from "@/lib/http/api";
import { MentorshipCreateSchema } from "@/lib/studios/schema";
import { createMentorship } from "@/lib/studios/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await createMentorship(actor, p.id, await parseBody(req, MentorshipCreateSchema)), { status: 201 }));
