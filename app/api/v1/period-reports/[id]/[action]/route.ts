// POST /api/v1/period-reports/{id}/{approve|return|accept|reopen} — one review step
// (lib/reports/rules.ts decides who may take it).
import { authed, intParam, parseBody } from "@/lib/http/api";
import { notFound } from "@/lib/errors";
import { ApproveSchema, ReasonSchema } from "@/lib/reports/schema";
import { acceptReport, approveReport, reopenReport, returnReport } from "@/lib/reports/mutations";

export const POST = authed(async (req, actor, p) => {
  const id = intParam(p.id, "报送记录");
  switch (p.action) {
    case "approve":
      await parseBody(req, ApproveSchema);
      return approveReport(actor, id);
    case "accept":
      await parseBody(req, ApproveSchema);
      return acceptReport(actor, id);
    case "return":
      return returnReport(actor, id, await parseBody(req, ReasonSchema));
    case "reopen":
      return reopenReport(actor, id, await parseBody(req, ReasonSchema));
    default:
      throw notFound("接口");
  }
});
