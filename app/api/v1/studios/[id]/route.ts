// /api/v1/studios/{id} — one studio with members, achievements, mentoring pairs, timeline and totals; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { StudioUpdateSchema } from "@/lib/studios/schema";
import { getStudio } from "@/lib/studios/queries";
import { deleteStudio, updateStudio } from "@/lib/studios/mutations";

export const GET = authed(async (_req, actor, p) => getStudio(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateStudio(actor, p.id, await parseBody(req, StudioUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteStudio(actor, p.id));
