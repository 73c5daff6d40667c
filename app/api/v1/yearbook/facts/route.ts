// PUT /api/v1/yearbook/facts — enter an organisation's facts for a statistics year (组织情况).
import { authed, parseBody } from "@/lib/http/api";
import { FactsInputSchema } from "@/lib/yearbook/schema";
import { saveFacts } from "@/lib/yearbook/mutations";

export const PUT = authed(async (req, actor) => saveFacts(actor, await parseBody(req, FactsInputSchema)));
