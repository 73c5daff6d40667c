// GET /api/v1/openapi.json — the API's OpenAPI 3 document, generated from the zod schemas.
import { NextResponse } from "next/server";
import { buildOpenApi } from "@/lib/openapi";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(buildOpenApi());
}
