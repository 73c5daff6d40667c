// /api/v1/reform/units — an organisation's register of partner units (协同单位); add one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { UnitCreateSchema, UnitListQuerySchema } from "@/lib/reform/schema";
import { listUnits } from "@/lib/reform/queries";
import { createUnit } from "@/lib/reform/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listUnits(actor, parseQuery(req, UnitListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createUnit(actor, () => parseBody(req, UnitCreateSchema)), { status: 201 }));
