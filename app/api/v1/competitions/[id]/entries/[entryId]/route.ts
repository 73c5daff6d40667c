// /api/v1/competitions/{id}/entries/{entryId} — one entry; score, rank and award; removal.
import { authed, parseBody } from "@/lib/http/api";
import { EntryUpdateSchema } from "@/lib/competitions/schema";
import { getEntry } from "@/lib/competitions/queries";
import { removeEntry, updateEntry } from "@/lib/competitions/mutations";

export const GET = authed(async (_req, actor, p) => getEntry(actor, p.id, p.entryId));

export const PATCH = authed(async (req, actor, p) => updateEntry(actor, p.id, p.entryId, await parseBody(req, EntryUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => removeEntry(actor, p.id, p.entryId));
