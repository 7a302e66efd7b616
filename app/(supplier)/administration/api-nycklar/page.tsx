import type { Metadata } from "next";
import { requireStaff } from "@/lib/authz/guard";
import { today } from "@/lib/clock";
import { listTokens } from "@/lib/api/tokens";
import { listSupplierUnits } from "@/lib/staff/service";
import { ApiTokensView } from "./api-tokens-view";

export const metadata: Metadata = { title: "API-nycklar" };

export default async function ApiTokensPage() {
  const actor = await requireStaff("manageStaff");
  const [tokens, units] = await Promise.all([listTokens(actor), listSupplierUnits(actor)]);
  return <ApiTokensView supplierName={actor.supplierName} tokens={tokens} units={units} today={today()} />;
}
