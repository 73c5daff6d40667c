// /api/v1/honours/{id} — one honour; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { HonourUpdateSchema } from "@/lib/honours/schema";
import { getHonour } from "@/lib/honours/queries";
import { deleteHonour, updateHonour } from "@/lib/honours/mutations";

export const GET = authed(async (_req, actor, p) => getHonour(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateHonour(actor, p.id, await parseBody(req, HonourUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteHonour(actor, p.id));
