// POST /api/v1/hardship-files/{id}/status — 核实建档 / 解困 / 关闭, along the allowed transitions.
import { authed, parseBody } from "@/lib/http/api";
import { HardshipStatusSchema } from "@/lib/hardship/schema";
import { changeHardshipStatus } from "@/lib/hardship/mutations";

export const POST = authed(async (req, actor, p) => changeHardshipStatus(actor, p.id, await parseBody(req, HardshipStatusSchema)));
