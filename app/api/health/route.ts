// GET /api/health — liveness and database reachability, for load balancers.
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase();
  return NextResponse.json({ status: ok ? "ok" : "degraded", db: ok ? "ok" : "down" }, { status: ok ? 200 : 503 });
}
