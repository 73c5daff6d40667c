// GET /api/v1/competitions/{id}/entries/export — the entries as .xlsx in the import template's
// columns; ID numbers masked, or in full with format=import (staff only, audited).
import { authed, parseQuery } from "@/lib/http/api";
import { EntryExportQuerySchema } from "@/lib/competitions/schema";
import { exportEntryList } from "@/lib/competitions/export";

export const GET = authed(async (req, actor, p) => exportEntryList(actor, p.id, parseQuery(req, EntryExportQuerySchema)));
