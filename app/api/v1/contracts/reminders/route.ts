// GET /api/v1/contracts/reminders — contracts in force ending within 60 days, soonest first.
import { authed, parseQuery } from "@/lib/http/api";
import { ReminderQuerySchema } from "@/lib/contracts/schema";
import { listReminders } from "@/lib/contracts/queries";

export const GET = authed(async (req, actor) => listReminders(actor, parseQuery(req, ReminderQuerySchema)));
