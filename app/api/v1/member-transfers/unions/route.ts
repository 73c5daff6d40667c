// GET /api/v1/member-transfers/unions?q= — member-holding unions across the province by name
// (id and name only), for naming the receiving union.
import { authed, parseQuery } from "@/lib/http/api";
import { TransferUnionQuerySchema } from "@/lib/members/transfer-schema";
import { searchTransferUnions } from "@/lib/members/transfers";

export const GET = authed(async (req, actor) => searchTransferUnions(actor, parseQuery(req, TransferUnionQuerySchema)));
