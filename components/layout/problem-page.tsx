import Link from "next/link";

const TEXTS = {
  "not-found": { title: "Sidan hittades inte", text: "Det du söker finns inte, eller så har du inte tillgång till det." },
  forbidden: { title: "Saknar behörighet", text: "Du saknar behörighet för den här sidan. Behörigheter ges av din organisations behörighetsadministratör." },
} as const;

/**
 * The 404 and 403 pages' content. Inside the portal's layouts (which have the page's one
 * `main`) it is rendered as is; at the root, app/not-found.tsx and app/forbidden.tsx wrap it in `main`.
 */
export function ProblemPage({ kind }: { kind: keyof typeof TEXTS }) {
  const t = TEXTS[kind];
  return (
    <div className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-4">{t.text}</p>
      <p className="mt-4">
        <Link href="/" className="text-af-accent underline">
          Till startsidan
        </Link>
      </p>
    </div>
  );
}
