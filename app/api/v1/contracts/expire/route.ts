// POST /api/v1/contracts/expire — mark every lapsed contract in scope (or a subtree) as expired.
import { authed, parseBody } from "@/lib/http/api";
import { ContractExpireSchema } from "@/lib/contracts/schema";
import { expireContracts } from "@/lib/contracts/mutations";

export const POST = authed(async (req, actor) => expireContracts(actor, await parseBody(req, ContractExpireSchema)));
