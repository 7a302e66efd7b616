import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { participantsForAssignment } from "@/features/participants/new-participants";
import { eligibleHandledare } from "@/features/assignments/service";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AssignFlow } from "@/features/assignments/components/assign-flow";
import { newParticipantsHref, listParamsFrom, tickedIds } from "@/features/assignments/back-to-list";

export const metadata: Metadata = { title: "Välj handledare" };

export default async function AssignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("receiveParticipants");
  const sp = await searchParams;
  const chosen = await participantsForAssignment(actor, tickedIds(sp.d));
  const back = listParamsFrom(sp);
  const crumbs = [{ href: "/start", label: "Hem" }, { href: "/nya-deltagare", label: "Nya deltagare" }, { label: "Välj handledare" }];
  if (chosen.length === 0) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1 className="mb-4 text-2xl font-semibold">Välj handledare</h1>
        <p className="mb-4" role="alert">Du har inte valt några deltagare.</p>
        <Link href={newParticipantsHref(back)} className="text-af-accent underline">Tillbaka till Nya deltagare</Link>
      </>
    );
  }
  const options = await eligibleHandledare(actor, chosen.map((c) => c.unitId)).catch(() => []);
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <AssignFlow participants={chosen} options={options} backHref={newParticipantsHref(back, chosen.map((c) => c.decisionId))} />
    </>
  );
}
