// /api/v1/studios/{id}/mentorships/{mentorshipId} — record the outcome; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { MentorshipOutcomeSchema } from "@/lib/studios/schema";
import { deleteMentorship, recordMentorshipOutcome } from "@/lib/studios/mutations";

export const PATCH = authed(async (req, actor, p) => recordMentorshipOutcome(actor, p.id, p.mentorshipId, await parseBody(req, MentorshipOutcomeSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteMentorship(actor, p.id, p.mentorshipId));
