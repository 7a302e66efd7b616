import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActorState } from "@/lib/authz/guard";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Logga in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const state = await getActorState();
  if (state.status === "ok") redirect("/");
  if (state.status === "choose-supplier") redirect("/valj-organisation");
  const { error } = await searchParams;
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-af-blue">Arbetsförmedlingen</p>
      <h1 className="mb-6 text-2xl font-semibold">Logga in på Mina sidor för fristående aktörer</h1>
      <LoginForm initialError={error ? loginErrorMessage(error) : undefined} />
    </main>
  );
}

function loginErrorMessage(code: string): string {
  if (code === "locked") return "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.";
  return "Fel e-postadress eller lösenord.";
}
