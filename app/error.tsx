"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="innehall" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Något gick fel</h1>
      <p className="mt-4">Ett oväntat fel inträffade. Försök igen om en stund.</p>
      {error.digest ? <p className="mt-2 text-sm text-gray-700">Felkod: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded bg-af-blue px-4 py-2 text-white">
        Försök igen
      </button>
    </main>
  );
}
