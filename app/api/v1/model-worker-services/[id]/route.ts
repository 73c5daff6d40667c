// /api/v1/model-worker-services/{id} — one service record; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { ServiceUpdateSchema } from "@/lib/honours/schema";
import { getService } from "@/lib/honours/queries";
import { deleteService, updateService } from "@/lib/honours/mutations";

export const GET = authed(async (_req, actor, p) => getService(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateService(actor, p.id, await parseBody(req, ServiceUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteService(actor, p.id));
