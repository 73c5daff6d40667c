// GET /api/v1/contracts/export — the filtered contract list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { ContractExportQuerySchema } from "@/lib/contracts/schema";
import { exportContractList } from "@/lib/contracts/export";

export const GET = authed(async (req, actor) => exportContractList(actor, parseQuery(req, ContractExportQuerySchema)));
