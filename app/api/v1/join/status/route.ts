// POST /api/v1/join/status — the applicant follows an application with its number and the
// last six characters of the ID number (a POST, so neither lands in a URL or a log).
import { handle, parseBody } from "@/lib/http/api";
import { JoinStatusQuerySchema } from "@/lib/members/join-schema";
import { joinStatus } from "@/lib/members/join";
import { clientAddress } from "@/lib/security/client-address";

export const POST = handle(async (req) => joinStatus(await parseBody(req, JoinStatusQuerySchema), clientAddress(req.headers)));
