// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the API (public, no token needed).
import { openApiDocument } from "@/features/public-api/openapi";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute("openapi-document", async (): Promise<Response> => {
  return new Response(JSON.stringify(openApiDocument(), null, 2), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
});
