// Thin: the endpoint is declared in features/public-api/endpoints (see lib/api/route.ts).
import { apiRoute } from "@/lib/api/route";
import { endpoints } from "@/features/public-api/endpoints";

export const dynamic = "force-dynamic";

export const GET = apiRoute(endpoints.listHandledareOptions);
