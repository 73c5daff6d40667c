// /api/v1/trainings/{id}/enrolments — the session's enrolled members; enrol a member.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { EnrolmentCreateSchema, EnrolmentListQuerySchema } from "@/lib/trainings/schema";
import { listEnrolments } from "@/lib/trainings/queries";
import { addEnrolment } from "@/lib/trainings/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor, p) => listEnrolments(actor, p.id, parseQuery(req, EnrolmentListQuerySchema)));

export const POST = authed(async (req, actor, p) =>
  json(await addEnrolment(actor, p.id, await parseBody(req, EnrolmentCreateSchema)), { status: 201 }),
);
