// /api/v1/trainings — training sessions in scope (filters, totals) and creating one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { TrainingCreateSchema, TrainingListQuerySchema } from "@/lib/trainings/schema";
import { listTrainings } from "@/lib/trainings/queries";
import { createTraining } from "@/lib/trainings/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listTrainings(actor, parseQuery(req, TrainingListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createTraining(actor, await parseBody(req, TrainingCreateSchema)), { status: 201 }),
);
