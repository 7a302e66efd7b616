import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/features/accounts/components/forgot-password-form";

export const metadata: Metadata = { title: "Glömt lösenord" };

export default function ForgotPasswordPage() {
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">Glömt lösenord?</h1>
      <p className="mb-6">Ange e-postadressen du loggar in med, så skickar vi en länk där du kan välja ett nytt lösenord. Ett nytt lösenord häver också en spärr efter för många försök.</p>
      <ForgotPasswordForm />
      <p className="mt-4"><Link href="/logga-in" className="text-af-accent underline">Tillbaka till inloggningen</Link></p>
    </main>
  );
}
