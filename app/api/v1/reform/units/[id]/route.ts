// /api/v1/reform/units/{id} — update a partner unit.
import { authed, intParam, parseBody } from "@/lib/http/api";
import { UnitUpdateSchema } from "@/lib/reform/schema";
import { updateUnit } from "@/lib/reform/mutations";

export const PATCH = authed(async (req, actor, p) => updateUnit(actor, intParam(p.id, "单位"), () => parseBody(req, UnitUpdateSchema)));
