import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="innehall" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Saknar behörighet</h1>
      <p className="mt-4">
        Du saknar behörighet för den här sidan. Behörigheter ges av din organisations behörighetsadministratör.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-af-accent underline">
          Till startsidan
        </Link>
      </p>
    </main>
  );
}
