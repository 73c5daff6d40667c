// /api/v1/grants/{id} — one grant with its timeline, ledger entries and the caller's allowed actions; edit a draft.
import { authed, parseBody } from "@/lib/http/api";
import { GrantUpdateSchema } from "@/lib/assistance/schema";
import { getGrant } from "@/lib/assistance/grants";
import { updateGrant } from "@/lib/assistance/grant-mutations";

export const GET = authed(async (_req, actor, p) => getGrant(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateGrant(actor, p.id, await parseBody(req, GrantUpdateSchema)));
