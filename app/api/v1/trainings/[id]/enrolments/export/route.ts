// GET /api/v1/trainings/{id}/enrolments/export — the enrolments as .xlsx in the import template's
// columns; ID numbers masked, or in full with format=import (staff only, audited).
import { authed, parseQuery } from "@/lib/http/api";
import { EnrolmentExportQuerySchema } from "@/lib/trainings/schema";
import { exportEnrolmentList } from "@/lib/trainings/export";

export const GET = authed(async (req, actor, p) => exportEnrolmentList(actor, p.id, parseQuery(req, EnrolmentExportQuerySchema)));
