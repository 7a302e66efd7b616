import type { Metadata } from "next";
import Link from "next/link";
import { DocumentTitle } from "./document-title";

/** The root layout's title template, for the title set in the browser. */
const SITE = "Mina sidor för fristående aktörer";

/**
 * The browser tab's title of a 403 and a 404 (issue #14): their own, through the root layout's
 * title template ("… – Mina sidor för fristående aktörer"), not the title of the page asked for.
 * Exported as metadata by the not-found and forbidden files (used where Next.js switches to
 * them: a 404 thrown from metadata, an address that matches no route), and set in the browser
 * by DocumentTitle where it does not (a 403 or 404 from a layout).
 */
export const PROBLEM_TITLES = {
  "not-found": "Sidan hittades inte",
  forbidden: "Åtkomst nekad",
  unauthorized: "Logga in",
} as const;

export const notFoundMetadata: Metadata = { title: PROBLEM_TITLES["not-found"] };
export const forbiddenMetadata: Metadata = { title: PROBLEM_TITLES.forbidden };
export const unauthorizedMetadata: Metadata = { title: PROBLEM_TITLES.unauthorized };

const TEXTS = {
  "not-found": { title: "Sidan hittades inte", text: "Det du söker finns inte, eller så har du inte tillgång till det." },
  forbidden: { title: "Saknar behörighet", text: "Du saknar behörighet för den här sidan. Behörigheter ges av din organisations behörighetsadministratör." },
  unauthorized: { title: "Du behöver logga in", text: "Sidan visas bara för den som är inloggad." },
} as const;

/**
 * The 404, 403 and 401 pages' content. Inside the portal's layouts (which have the page's one
 * `main`) it is rendered as is; at the root, app/not-found.tsx and app/forbidden.tsx wrap it in `main`.
 */
export function ProblemPage({ kind }: { kind: keyof typeof TEXTS }) {
  const t = TEXTS[kind];
  return (
    <div className="mx-auto max-w-xl p-8">
      <DocumentTitle title={`${PROBLEM_TITLES[kind]} – ${SITE}`} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-4">{t.text}</p>
      <p className="mt-4">
        <Link href={kind === "unauthorized" ? "/logga-in" : "/"} className="text-af-accent underline">
          {kind === "unauthorized" ? "Logga in" : "Till startsidan"}
        </Link>
      </p>
    </div>
  );
}
