import type { Metadata } from "next";
import { requireOfficer } from "@/lib/authz/guard";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { JobSeekerSearch } from "@/features/decisions/components/job-seeker-search";

export const metadata: Metadata = { title: "Arbetssökande" };

export default async function JobSeekerPage() {
  await requireOfficer();
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/beslut", label: "Beslut" }, { label: "Arbetssökande" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Nytt beslut: välj arbetssökande</h1>
      <p className="mb-4">Sök på personnummer. Finns personen inte registrerar du hen här.</p>
      <JobSeekerSearch />
    </>
  );
}
