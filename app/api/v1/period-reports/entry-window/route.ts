// PUT /api/v1/period-reports/entry-window — an organisation's grace days and whether late entry closes.
import { authed, parseBody } from "@/lib/http/api";
import { EntryWindowSchema } from "@/lib/reports/schema";
import { setEntryWindow } from "@/lib/reports/exceptions";

export const PUT = authed(async (req, actor) => setEntryWindow(actor, await parseBody(req, EntryWindowSchema)));
