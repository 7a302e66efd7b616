import type { Metadata } from "next";
import { requireStaff } from "@/lib/authz/guard";
import { listSupplierUnits } from "@/features/staff/queries";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { InviteForm } from "@/features/staff/components/invite-form";

export const metadata: Metadata = { title: "Bjud in användare" };

export default async function InvitePage() {
  const actor = await requireStaff("manageStaff");
  const units = await listSupplierUnits(actor);
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/start", label: "Hem" }, { href: "/administration/anvandare", label: "Administration" }, { label: "Bjud in användare" }]}
      />
      <h1 className="mb-4 text-2xl font-semibold">Bjud in användare till {actor.supplierName}</h1>
      <InviteForm units={units} />
    </>
  );
}
