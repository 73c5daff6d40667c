// /api/v1/member-transfers — 会籍接转: the requests in the caller's scope (?direction=in|out),
// and starting one (staff of the releasing side, or the member for themself).
import { STAFF_OR_MEMBER, authed, parseBody, parseQuery } from "@/lib/http/api";
import { TransferRequestListQuerySchema, TransferStartSchema } from "@/lib/members/transfer-schema";
import { listTransferRequests, startTransfer } from "@/lib/members/transfers";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listTransferRequests(actor, parseQuery(req, TransferRequestListQuerySchema)));

export const POST = authed(async (req, actor) => json(await startTransfer(actor, await parseBody(req, TransferStartSchema)), { status: 201 }), { writers: STAFF_OR_MEMBER });
