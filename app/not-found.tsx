import Link from "next/link";

export default function NotFound() {
  return (
    <main id="innehall" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Sidan hittades inte</h1>
      <p className="mt-4">Det du söker finns inte, eller så har du inte tillgång till det.</p>
      <p className="mt-4">
        <Link href="/" className="text-af-accent underline">
          Till startsidan
        </Link>
      </p>
    </main>
  );
}
