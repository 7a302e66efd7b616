// The API's documentation, rendered on the server from the OpenAPI document itself (so the
// page and /api/v1/openapi.json cannot disagree), with a Swedish introduction.
import type { Metadata } from "next";
import { requireStaff } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { ApiDocumentation } from "@/features/public-api/components/api-documentation";

export const metadata: Metadata = { title: "API-dokumentation" };

export default async function ApiDocumentationPage() {
  const actor = await requireStaff();
  return <ApiDocumentation canManageKeys={can(actor, "manageStaff")} />;
}
