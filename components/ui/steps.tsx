/** A numbered step indicator ("Välj deltagare → Välj handledare → Bekräfta"). */
export function Steps({ steps, current }: { steps: string[]; current: number }) {
  return (
    <ol className="mb-4 flex flex-wrap gap-2 text-sm" aria-label="Steg">
      {steps.map((s, i) => (
        <li key={s} aria-current={i === current ? "step" : undefined}
          className={`rounded-full px-3 py-1 ${i === current ? "bg-af-blue text-white" : i < current ? "bg-af-blue-light text-af-blue" : "bg-gray-100 text-gray-800"}`}>
          <span className="font-semibold">{i + 1}.</span> {s}
          {i < current ? <span className="sr-only"> (klart)</span> : null}
        </li>
      ))}
    </ol>
  );
}
