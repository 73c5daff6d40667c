// POST /api/v1/honours/{id}/confirm — a nomination becomes an awarded honour.
import { authed, parseBody } from "@/lib/http/api";
import { HonourConfirmSchema } from "@/lib/honours/schema";
import { confirmHonour } from "@/lib/honours/mutations";

export const POST = authed(async (req, actor, p) => confirmHonour(actor, p.id, await parseBody(req, HonourConfirmSchema)));
