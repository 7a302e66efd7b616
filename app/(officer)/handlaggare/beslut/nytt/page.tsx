import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { jobSeekerForNewDecision } from "@/features/decisions/queries";
import { today } from "@/lib/clock";
import { suppliersForDecision } from "@/features/decisions/service";
import { maskPersonnummer } from "@/lib/validation/personnummer";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CreateDecisionForm } from "@/features/decisions/components/create-decision-form";

export const metadata: Metadata = { title: "Nytt beslut" };

export default async function NewDecisionPage({ searchParams }: { searchParams: Promise<{ deltagare?: string }> }) {
  const actor = await requireOfficer();
  const id = (await searchParams).deltagare;
  if (!id) redirect("/handlaggare/arbetssokande");
  const participant = await jobSeekerForNewDecision(actor, id);
  if (!participant) notFound();
  const options = await suppliersForDecision(actor);
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/beslut", label: "Beslut" }, { label: "Nytt beslut" }]} />
      <h1 className="mb-1 text-2xl font-semibold">Nytt beslut om Rusta och matcha</h1>
      <p className="mb-4">
        {participant.firstName} {participant.lastName}, {maskPersonnummer(participant.personalIdentityNumber)}
      </p>
      <CreateDecisionForm participantId={participant.id} suppliers={options} today={today()} />
    </>
  );
}
