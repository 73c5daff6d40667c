// /api/v1/hardship-files — 困难职工档案: list (within the caller's scope) and create (one open file per ID number).
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { HardshipFileCreateSchema, HardshipListQuerySchema } from "@/lib/hardship/schema";
import { listHardshipFiles } from "@/lib/hardship/queries";
import { createHardshipFile } from "@/lib/hardship/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listHardshipFiles(actor, parseQuery(req, HardshipListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createHardshipFile(actor, await parseBody(req, HardshipFileCreateSchema)), { status: 201 }),
);
