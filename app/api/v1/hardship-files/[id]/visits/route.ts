// POST /api/v1/hardship-files/{id}/visits — record a verification visit (findings stored encrypted).
import { authed, parseBody } from "@/lib/http/api";
import { HardshipVisitSchema } from "@/lib/hardship/schema";
import { addHardshipVisit } from "@/lib/hardship/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) =>
  json(await addHardshipVisit(actor, p.id, await parseBody(req, HardshipVisitSchema)), { status: 201 }),
);
