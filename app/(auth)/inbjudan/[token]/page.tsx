import type { Metadata } from "next";
import Link from "next/link";
import { invitationState } from "@/lib/staff/service";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Välj lösenord" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const inv = await invitationState(token);
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">Välkommen till Mina sidor för fristående aktörer</h1>
      {inv.usable ? (
        <>
          <p className="mb-6">
            Hej {inv.name}! Välj ett lösenord för ditt konto <strong>{inv.email}</strong>. Länken kan bara användas en gång.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <p>
          Länken är ogiltig, redan använd eller har gått ut. Be din behörighetsadministratör om en ny inbjudan.{" "}
          <Link href="/logga-in" className="text-af-accent underline">
            Till inloggningen
          </Link>
        </p>
      )}
    </main>
  );
}
