// POST /api/v1/trainings/{id}/enrolments/batch — enrol several members at once (the member list's selection).
import { authed, parseBody } from "@/lib/http/api";
import { EnrolmentBatchSchema } from "@/lib/trainings/schema";
import { addEnrolments } from "@/lib/trainings/mutations";

export const POST = authed(async (req, actor, p) => addEnrolments(actor, p.id, await parseBody(req, EnrolmentBatchSchema)));
