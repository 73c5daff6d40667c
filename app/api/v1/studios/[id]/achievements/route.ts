// POST /api/v1/studios/{id}/achievements — record an achievement (发明、专利、先进操作法、五小).
import { authed, parseBody } from "@/lib/http/api";
import { AchievementCreateSchema } from "@/lib/studios/schema";
import { createAchievement } from "@/lib/studios/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await createAchievement(actor, p.id, await parseBody(req, AchievementCreateSchema)), { status: 201 }));
