// /api/v1/dashboard/targets/{id} — one target: read, change its value, delete it (with its split).
import { NextResponse } from "next/server";
import { authed, parseBody } from "@/lib/http/api";
import { TargetUpdateSchema } from "@/lib/dashboard/schema";
import { deleteTarget, getTarget, updateTarget } from "@/lib/dashboard/targets";

export const GET = authed(async (_req, actor, { id }) => getTarget(actor, id));
export const PATCH = authed(async (req, actor, { id }) => updateTarget(actor, id, await parseBody(req, TargetUpdateSchema)));
export const DELETE = authed(async (_req, actor, { id }) => {
  await deleteTarget(actor, id);
  return new NextResponse(null, { status: 204 });
});
