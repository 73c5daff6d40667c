// /api/v1/studios/{id}/achievements/{achievementId} — update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { AchievementUpdateSchema } from "@/lib/studios/schema";
import { deleteAchievement, updateAchievement } from "@/lib/studios/mutations";

export const PATCH = authed(async (req, actor, p) => updateAchievement(actor, p.id, p.achievementId, await parseBody(req, AchievementUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteAchievement(actor, p.id, p.achievementId));
