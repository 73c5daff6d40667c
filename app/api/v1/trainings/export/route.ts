// GET /api/v1/trainings/export — the filtered session list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { TrainingExportQuerySchema } from "@/lib/trainings/schema";
import { exportTrainingList } from "@/lib/trainings/export";

export const GET = authed(async (req, actor) => exportTrainingList(actor, parseQuery(req, TrainingExportQuerySchema)));
