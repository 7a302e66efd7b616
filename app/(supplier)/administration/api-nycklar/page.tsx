import type { Metadata } from "next";
import { requireStaff } from "@/lib/authz/guard";
import { today } from "@/lib/clock";
import { listTokens } from "@/features/api-tokens/service";
import { listSupplierUnits } from "@/features/staff/queries";
import { ApiTokensView } from "@/features/api-tokens/components/api-tokens-view";

export const metadata: Metadata = { title: "API-nycklar" };

export default async function ApiTokensPage() {
  const actor = await requireStaff("manageStaff");
  const [tokens, units] = await Promise.all([listTokens(actor), listSupplierUnits(actor)]);
  return <ApiTokensView supplierName={actor.supplierName} tokens={tokens} units={units} today={today()} />;
}
