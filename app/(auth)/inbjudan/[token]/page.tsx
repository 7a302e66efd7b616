import type { Metadata } from "next";
import Link from "next/link";
import { invitationState } from "@/features/staff/service";
import { AcceptInvitationForm } from "@/features/accounts/components/accept-invitation-form";
import { AnswerInvitationForm } from "@/features/accounts/components/answer-invitation-form";

export const metadata: Metadata = { title: "Inbjudan" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const inv = await invitationState(token.slice(0, 200));
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">Inbjudan till Mina sidor för fristående aktörer</h1>
      {!inv.usable ? (
        <p>
          Länken är ogiltig, redan använd eller har gått ut. Be din behörighetsadministratör om en ny inbjudan.{" "}
          <Link href="/logga-in" className="text-af-accent underline">
            Till inloggningen
          </Link>
        </p>
      ) : inv.needsPassword ? (
        <>
          <p className="mb-6">
            Hej {inv.name}! Du har bjudits in till <strong>{inv.organisation}</strong>. Välj ett lösenord för ditt konto <strong>{inv.email}</strong>. Länken kan bara användas en gång.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <p className="mb-6">
            Du har bjudits in till <strong>{inv.organisation}</strong> med ditt konto <strong>{inv.email}</strong>. Organisationen får tillgång först när du tackar ja.
          </p>
          <AnswerInvitationForm token={token} organisation={inv.organisation} />
        </>
      )}
    </main>
  );
}
