import type { Metadata } from "next";
import Link from "next/link";
import { resetState } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "@/features/accounts/components/reset-password-form";

export const metadata: Metadata = { title: "Nytt lösenord" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetState(token.slice(0, 200));
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">Välj ett nytt lösenord</h1>
      {state.usable ? (
        <>
          <p className="mb-6">Nytt lösenord för <strong>{state.email}</strong>. Länken kan bara användas en gång.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p>
          Länken är ogiltig, redan använd eller har gått ut.{" "}
          <Link href="/glomt-losenord" className="text-af-accent underline">Be om en ny länk</Link>
        </p>
      )}
    </main>
  );
}
