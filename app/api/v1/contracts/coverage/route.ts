// GET /api/v1/contracts/coverage?orgId&date — coverage of unionised enterprises and their workers.
import { authed, parseQuery } from "@/lib/http/api";
import { CoverageQuerySchema } from "@/lib/contracts/schema";
import { getCoverage } from "@/lib/contracts/coverage";

export const GET = authed(async (req, actor) => getCoverage(actor, parseQuery(req, CoverageQuerySchema)));
