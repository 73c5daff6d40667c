// POST /api/v1/member-transfers/{id}/cancel — either side, or the member, withdraws a pending request.
// The body (an optional reason) is read only once the caller is known to stand on a side.
import { STAFF_OR_MEMBER, authed, parseBody } from "@/lib/http/api";
import { TransferCancelSchema } from "@/lib/members/transfer-schema";
import { cancelTransfer } from "@/lib/members/transfers";

export const POST = authed(async (req, actor, p) => cancelTransfer(actor, p.id, () => parseBody(req, TransferCancelSchema)), { writers: STAFF_OR_MEMBER });
