// POST /api/v1/competitions/{id}/entries/{entryId}/nomination — nominate a first place for an
// honour (default: county 五一劳动奖章); the honours list shows it as a nomination.
import { authed, parseBody } from "@/lib/http/api";
import { NominationCreateSchema } from "@/lib/competitions/schema";
import { nominateEntry } from "@/lib/competitions/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) =>
  json(await nominateEntry(actor, p.id, p.entryId, await parseBody(req, NominationCreateSchema)), { status: 201 }),
);
