// GET /api/health — liveness and database reachability, for load balancers.
import { checkDatabase } from "@/lib/health";
import { json } from "@/lib/http/json";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase();
  return json({ status: ok ? "ok" : "degraded", db: ok ? "ok" : "down" }, { status: ok ? 200 : 503 });
}
