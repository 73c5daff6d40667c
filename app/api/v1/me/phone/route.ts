// PUT /api/v1/me/phone — a member corrects their own phone number (also their sign-in name).
import { MEMBER_ONLY, authed, parseBody } from "@/lib/http/api";
import { PhoneChangeSchema } from "@/lib/self-service/schema";
import { changeOwnPhone } from "@/lib/self-service/profile";

export const PUT = authed(async (req, actor) => changeOwnPhone(actor, (await parseBody(req, PhoneChangeSchema)).phone), { writers: MEMBER_ONLY });
