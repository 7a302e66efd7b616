import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActorState } from "@/lib/authz/guard";
import { chooseOrganisationAddress, RETURN_PARAM, safeReturnPath } from "@/lib/auth/return-to";
import { LoginForm } from "@/features/accounts/components/login-form";

export const metadata: Metadata = { title: "Logga in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; [RETURN_PARAM]?: string | string[] }> }) {
  const params = await searchParams;
  // The page asked for while signed out; only a path on the portal itself (no open redirect).
  const raw = params[RETURN_PARAM];
  const returnTo = safeReturnPath(typeof raw === "string" ? raw : null);
  const state = await getActorState();
  if (state.status === "ok") redirect(returnTo ?? "/");
  if (state.status === "choose-supplier") redirect(chooseOrganisationAddress(returnTo));
  const { error } = params;
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-af-blue">Arbetsförmedlingen</p>
      <h1 className="mb-6 text-2xl font-semibold">Logga in på Mina sidor för fristående aktörer</h1>
      <LoginForm initialError={error ? loginErrorMessage(error) : undefined} returnTo={returnTo ?? undefined} />
    </main>
  );
}

function loginErrorMessage(code: string): string {
  if (code === "locked") return "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.";
  return "Fel e-postadress eller lösenord.";
}
