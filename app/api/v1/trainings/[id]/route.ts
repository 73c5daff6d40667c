// /api/v1/trainings/{id} — one session with its totals; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { TrainingUpdateSchema } from "@/lib/trainings/schema";
import { getTraining } from "@/lib/trainings/queries";
import { deleteTraining, updateTraining } from "@/lib/trainings/mutations";

export const GET = authed(async (_req, actor, p) => getTraining(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateTraining(actor, p.id, await parseBody(req, TrainingUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteTraining(actor, p.id));
