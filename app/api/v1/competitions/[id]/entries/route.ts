// /api/v1/competitions/{id}/entries — entrants with trade, score, rank and award; enter a member.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { EntryCreateSchema, EntryListQuerySchema } from "@/lib/competitions/schema";
import { listEntries } from "@/lib/competitions/queries";
import { addEntry } from "@/lib/competitions/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor, p) => listEntries(actor, p.id, parseQuery(req, EntryListQuerySchema)));

export const POST = authed(async (req, actor, p) =>
  json(await addEntry(actor, p.id, await parseBody(req, EntryCreateSchema)), { status: 201 }),
);
