// /api/v1/trainings/{id}/enrolments/{enrolmentId} — one enrolment; attendance and outcome; removal.
import { authed, parseBody } from "@/lib/http/api";
import { EnrolmentUpdateSchema } from "@/lib/trainings/schema";
import { getEnrolment } from "@/lib/trainings/queries";
import { removeEnrolment, updateEnrolment } from "@/lib/trainings/mutations";

export const GET = authed(async (_req, actor, p) => getEnrolment(actor, p.id, p.enrolmentId));

export const PATCH = authed(async (req, actor, p) => updateEnrolment(actor, p.id, p.enrolmentId, await parseBody(req, EnrolmentUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => removeEnrolment(actor, p.id, p.enrolmentId));
