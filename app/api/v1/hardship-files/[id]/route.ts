// /api/v1/hardship-files/{id} — one file with its visits (narratives withheld); update an open file.
import { authed, parseBody } from "@/lib/http/api";
import { HardshipFileUpdateSchema } from "@/lib/hardship/schema";
import { getHardshipFile } from "@/lib/hardship/queries";
import { updateHardshipFile } from "@/lib/hardship/mutations";

export const GET = authed(async (_req, actor, p) => getHardshipFile(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateHardshipFile(actor, p.id, await parseBody(req, HardshipFileUpdateSchema)));
