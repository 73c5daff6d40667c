// GET /api/v1/openapi.json — the API's OpenAPI 3 document, generated from the zod schemas.
import { buildOpenApi } from "@/lib/openapi";
import { json } from "@/lib/http/json";

export const dynamic = "force-static";

export function GET() {
  return json(buildOpenApi());
}
