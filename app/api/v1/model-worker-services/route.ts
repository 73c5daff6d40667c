// /api/v1/model-worker-services — services to model workers (体检、疗休养 …) with totals; record one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { ServiceCreateSchema, ServiceListQuerySchema } from "@/lib/honours/schema";
import { listServices } from "@/lib/honours/queries";
import { createService } from "@/lib/honours/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listServices(actor, parseQuery(req, ServiceListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createService(actor, await parseBody(req, ServiceCreateSchema)), { status: 201 }));
