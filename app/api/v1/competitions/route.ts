// /api/v1/competitions — competitions in scope (filters, totals) and creating one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { CompetitionCreateSchema, CompetitionListQuerySchema } from "@/lib/competitions/schema";
import { listCompetitions } from "@/lib/competitions/queries";
import { createCompetition } from "@/lib/competitions/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listCompetitions(actor, parseQuery(req, CompetitionListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createCompetition(actor, await parseBody(req, CompetitionCreateSchema)), { status: 201 }),
);
