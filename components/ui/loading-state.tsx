// What a section shows while its page is loaded on the server (the route's loading.tsx).
// It sits inside the layout's <main>, so it has no landmark of its own; the text is what a
// screen reader announces, the grey bars are only for the eye.

/** "Laddar deltagarlistan …": a polite status, and a skeleton of a heading, text and a list. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="max-w-3xl" data-testid="loading-state">
      <p className="mb-4 text-lg font-semibold text-gray-800">{label}</p>
      <div aria-hidden="true" className="space-y-3 motion-safe:animate-pulse">
        <div className="h-8 w-2/3 rounded bg-gray-200" />
        <div className="h-4 w-full rounded bg-gray-200" />
        <div className="h-4 w-5/6 rounded bg-gray-200" />
        <div className="mt-6 h-24 w-full rounded bg-gray-100" />
        <div className="h-24 w-full rounded bg-gray-100" />
      </div>
    </div>
  );
}
