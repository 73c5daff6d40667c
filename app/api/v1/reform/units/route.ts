// /api/v1/reform/units — an organisation's register of partner units (协同单位); add one.
import { NextResponse } from "next/server";
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { UnitCreateSchema, UnitListQuerySchema } from "@/lib/reform/schema";
import { listUnits } from "@/lib/reform/queries";
import { createUnit } from "@/lib/reform/mutations";

export const GET = authed(async (req, actor) => listUnits(actor, parseQuery(req, UnitListQuerySchema)));

export const POST = authed(async (req, actor) => NextResponse.json(await createUnit(actor, () => parseBody(req, UnitCreateSchema)), { status: 201 }));
