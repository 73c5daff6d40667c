// /api/v1/competitions/{id} — one competition with per-trade figures; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { CompetitionUpdateSchema } from "@/lib/competitions/schema";
import { getCompetition } from "@/lib/competitions/queries";
import { deleteCompetition, updateCompetition } from "@/lib/competitions/mutations";

export const GET = authed(async (_req, actor, p) => getCompetition(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateCompetition(actor, p.id, await parseBody(req, CompetitionUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteCompetition(actor, p.id));
